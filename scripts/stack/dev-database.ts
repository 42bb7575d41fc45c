import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { stackConfig } from "./config"
import { openDatabase, type Database } from "./database"

/** The running embedded cluster's port, from postmaster.pid (pid on line 1, port on line 4), if its process lives. */
function runningClusterPort(pgDir: string): number | undefined {
  const lock = path.join(pgDir, "postmaster.pid")
  if (!existsSync(lock)) return undefined
  const [pid, , , port] = readFileSync(lock, "utf8").split("\n")
  try {
    process.kill(Number(pid), 0)
  } catch {
    return undefined
  }
  return Number(port) || undefined
}

/** The value of a `--name=value` argument. */
export function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

/**
 * The `npm start` database for an operator's command (ledger:verify, backup,
 * restore): `--database-url=` when given; else DATABASE_URL's server; else the
 * embedded cluster in .data/dev/pg: the one `npm start` is running (found by
 * its postmaster.pid, never restarted under it), or started for the command
 * and stopped by `stop()`.
 */
export async function devDatabase(): Promise<Database> {
  const given = option("database-url")
  if (given) return { url: given, embedded: false, stop: async () => {} }
  const stack = stackConfig("dev")
  if (process.env.DATABASE_URL) return openDatabase({ dataDir: stack.dataDir, name: stack.databaseName, externalUrl: process.env.DATABASE_URL })
  const pgDir = path.join(stack.dataDir, "pg")
  const port = runningClusterPort(pgDir)
  if (port) return { url: `postgres://postgres:postgres@localhost:${port}/${stack.databaseName}`, embedded: true, stop: async () => {} }
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) throw new Error(`No database at ${pgDir}: run "npm start" once first, or set DATABASE_URL`)
  return openDatabase({ dataDir: stack.dataDir, name: stack.databaseName })
}

/** A connection string with its password hidden, for messages. */
export const redact = (url: string) => url.replace(/:[^:@/]+@/, ":***@")

/** The uploads folder of the `npm start` marketplace (product images), or `--uploads-dir=`. */
export function devUploadsDir(): string {
  return path.resolve(option("uploads-dir") || process.env.MEDUSA_UPLOAD_DIR || path.join(stackConfig("dev").dataDir, "uploads"))
}
