/**
 * npm run ledger:verify [-- --repair] [-- --database-url=postgres://…]
 *
 * Runs the ledger checks (backend/src/scripts/ledger-verify.ts, a `medusa exec`
 * script) against the `npm start` database: DATABASE_URL's server when set;
 * else the embedded cluster in .data/dev/pg: the one `npm start` is running
 * (found by its postmaster.pid, never restarted under it), or started for the
 * check and stopped after. Exits with the check's status. `--repair` first
 * allocates captured orders a crash left without allocation (see
 * backend/src/workflows/revenue-share/reconcile-order-allocations.ts).
 */
import { spawn } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { stackConfig } from "./stack/config"
import { openDatabase, type Database } from "./stack/database"
import { BACKEND_DIR, bin } from "./stack/paths"

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

async function database(): Promise<Database> {
  const given = process.argv.find((a) => a.startsWith("--database-url="))?.slice("--database-url=".length)
  if (given) return { url: given, embedded: false, stop: async () => {} }
  const stack = stackConfig("dev")
  if (process.env.DATABASE_URL) return openDatabase({ dataDir: stack.dataDir, name: stack.databaseName, externalUrl: process.env.DATABASE_URL })
  const pgDir = path.join(stack.dataDir, "pg")
  const port = runningClusterPort(pgDir)
  if (port) return { url: `postgres://postgres:postgres@localhost:${port}/${stack.databaseName}`, embedded: true, stop: async () => {} }
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) throw new Error(`No database at ${pgDir}: run "npm start" once first, or set DATABASE_URL`)
  return openDatabase({ dataDir: stack.dataDir, name: stack.databaseName })
}

/** Runs the exec script; prints its verdict (Medusa's start-up chatter only when it fails before one). */
function check(url: string): Promise<number> {
  return new Promise((resolve) => {
    const repair = process.argv.includes("--repair") ? ["repair"] : []
    const child = spawn(bin("medusa", BACKEND_DIR), ["exec", "./src/scripts/ledger-verify.ts", ...repair], {
      cwd: BACKEND_DIR,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("close", (code) => {
      const verdict = output.indexOf("ledger:verify")
      const text = verdict >= 0 ? output.slice(output.lastIndexOf("\n", verdict) + 1) : output
      ;(code === 0 ? process.stdout : process.stderr).write(text.replace(/\u001b\[[0-9;]*m/g, ""))
      resolve(code ?? 1)
    })
  })
}

/** Whether the database has been migrated with the ledger (an empty or older one would only give Medusa's loader errors). */
async function hasLedger(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("select to_regclass('public.ledger_entry') is not null as ok")
    return rows[0].ok
  } finally {
    await client.end()
  }
}

async function main(): Promise<number> {
  const db = await database()
  try {
    if (!(await hasLedger(db.url))) {
      console.error(`ledger:verify: ${db.url.replace(/:[^:@/]+@/, ":***@")} has no ledger_entry table: run "npm start" once (it migrates), then try again`)
      return 1
    }
    return await check(db.url)
  } finally {
    await db.stop()
  }
}

main().then((code) => process.exit(code))
