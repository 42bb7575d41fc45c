import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"

// Two `medusa exec` workers on the test marketplace's database, sharing Redis
// for the Locking module (locking-redis), run one workflow for the same order
// at the same moment, round after round (backend/integration-tests/scripts/race-rounds.ts).

const BACKEND_DIR = path.resolve(__dirname, "../../../backend")
const MEDUSA = path.resolve(BACKEND_DIR, "../node_modules/.bin/medusa")
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"

/** Rounds of the race: one round may miss the overlap by chance; six in a row do not. */
export const ROUNDS = 6

export type RaceRun = { code: number | null; log: string }

function runWorker(script: string, orderId: string, dir: string, name: string): Promise<RaceRun> {
  return new Promise((resolve) => {
    const child = spawn(MEDUSA, ["exec", `./integration-tests/scripts/${script}`, orderId, dir, name, String(ROUNDS)], {
      cwd: BACKEND_DIR,
      env: {
        ...process.env,
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        REDIS_URL,
        // No event or workflow queue workers in these processes: they only run the one workflow.
        MEDUSA_WORKER_MODE: "server",
        DISABLE_MEDUSA_ADMIN: "true",
        MEDUSA_DISABLE_TELEMETRY: "true",
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let log = ""
    child.stdout.on("data", (d) => (log += d))
    child.stderr.on("data", (d) => (log += d))
    child.on("close", (code) => resolve({ code, log: log.slice(-4000) }))
  })
}

/**
 * Runs workers "a" and "b" of `script` on one order and returns their exit
 * codes and logs, and each one's outcomes per round (what the script wrote).
 */
export async function raceTwoWorkers<Outcome>(script: string, orderId: string): Promise<{ runs: RaceRun[]; outcomes: [Outcome[], Outcome[]] | null }> {
  const dir = mkdtempSync(path.join(tmpdir(), "race-"))
  try {
    const runs = await Promise.all(["a", "b"].map((name) => runWorker(script, orderId, dir, name)))
    if (runs.some((run) => run.code !== 0)) return { runs, outcomes: null }
    const read = (name: string) => JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")) as Outcome[]
    return { runs, outcomes: [read("a"), read("b")] }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
