import path from "node:path"
import { ROOT } from "./paths"

/**
 * One running marketplace: `npm start` runs "dev", `npm test` runs "test" beside
 * it, then "scale-out" (two servers and a worker on Redis) on the test ports once
 * the test stack stopped; `npm run bench` runs "bench" on the test ports too.
 */
export type StackConfig = {
  name: "dev" | "test" | "scale-out" | "bench"
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
  const test = name !== "dev"
  return {
    name,
    dataDir,
    logDir: path.join(dataDir, "logs"),
    // Build output is shared by both stacks, so is the record of what it was built from.
    buildStampDir: path.join(DATA_DIR, "build"),
    databaseName: name === "dev" ? "karya_binaan" : `karya_binaan_${name.replace("-", "_")}`,
    backendPort: Number(test ? process.env.TEST_BACKEND_PORT || 9100 : process.env.BACKEND_PORT || 9000),
    storefrontPort: Number(test ? process.env.TEST_STOREFRONT_PORT || 8100 : process.env.STOREFRONT_PORT || 8000),
    // The bench keeps its generated catalog between runs: seeding a thousand products takes minutes.
    fresh: test && name !== "bench",
  }
}
