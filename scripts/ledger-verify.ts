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
import pg from "pg"
import { devDatabase, redact } from "./stack/dev-database"
import { BACKEND_DIR, bin } from "./stack/paths"

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
  const db = await devDatabase()
  try {
    if (!(await hasLedger(db.url))) {
      console.error(`ledger:verify: ${redact(db.url)} has no ledger_entry table: run "npm start" once (it migrates), then try again`)
      return 1
    }
    return await check(db.url)
  } finally {
    await db.stop()
  }
}

main().then((code) => process.exit(code))
