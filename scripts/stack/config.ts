import path from "node:path"
import { ROOT } from "./paths"

/** One running marketplace: `npm start` runs "dev", `npm test` runs "test" beside it. */
export type StackConfig = {
  name: "dev" | "test"
  dataDir: string
  logDir: string
  buildStampDir: string
  databaseName: string
  backendPort: number
  storefrontPort: number
  /** Start from an empty database (tests), instead of keeping data between runs. */
  fresh: boolean
  /** Set once the database is open: true when it is the embedded cluster in dataDir. */
  embeddedDatabase?: boolean
}

const DATA_DIR = process.env.KARYA_DATA_DIR || path.join(ROOT, ".data")

export function stackConfig(name: StackConfig["name"]): StackConfig {
  const dataDir = path.join(DATA_DIR, name)
  const test = name === "test"
  return {
    name,
    dataDir,
    logDir: path.join(dataDir, "logs"),
    // Build output is shared by both stacks, so is the record of what it was built from.
    buildStampDir: path.join(DATA_DIR, "build"),
    databaseName: test ? "karya_binaan_test" : "karya_binaan",
    backendPort: Number(test ? process.env.TEST_BACKEND_PORT || 9100 : process.env.BACKEND_PORT || 9000),
    storefrontPort: Number(test ? process.env.TEST_STOREFRONT_PORT || 8100 : process.env.STOREFRONT_PORT || 8000),
    fresh: test,
  }
}
