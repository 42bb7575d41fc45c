import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { seededVariant } from "../helpers/checkout"
import { DEMO_COORDINATORS, demoCoordinator } from "../helpers/coordinators"
import { cohortOrder, placeOrderWith, waitForDraws } from "../helpers/production"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"

// FEFO draws from two processes at once: two `medusa exec` workers on the test
// marketplace's database, sharing Redis for the Locking module (locking-redis),
// both run drawOrderBatchesWorkflow for the same order at the same moment, as
// when order.placed reaches two workers. One draws, the other finds the lines
// drawn and draws nothing; neither fails.

const BACKEND_DIR = path.resolve(__dirname, "../../../backend")
const MEDUSA = path.resolve(BACKEND_DIR, "../node_modules/.bin/medusa")
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"

type Outcome = { ok: boolean; draws?: number; error?: string }

/** Rounds of the race: one round may miss the overlap by chance; six in a row do not. */
const ROUNDS = 6

function runWorker(orderId: string, dir: string, name: string, rounds: number): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(MEDUSA, ["exec", "./integration-tests/scripts/draw-race-worker.ts", orderId, dir, name, String(rounds)], {
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

describe("FEFO draw across processes (Locking module on Redis)", () => {
  it("two workers drawing the same order at once leave one set of draws, and neither fails, round after round", async () => {
    // Product 6 of the seed (fried dried banana, its own cohort); no other suite buys it.
    const index = DEMO_COORDINATORS.findIndex((l) => l.cohortHandle === PRODUCTS[6]!.cohort)
    const c = await demoCoordinator(index)
    const variant = await seededVariant(6)
    const order = await placeOrderWith([{ variantId: variant.variantId, quantity: 3 }])
    const first = (await waitForDraws(c, order.id)).items[0].batches as { batch_id: string; quantity: number }[]
    expect(first.reduce((n, d) => n + d.quantity, 0)).toBe(3)
    const remaining = async () =>
      Promise.all(first.map(async (d) => (await api(`/coordinator/batches/${d.batch_id}`, { token: c.token })).body.batch.remaining_quantity as number))
    const before = await remaining()

    const dir = mkdtempSync(path.join(tmpdir(), "draw-race-"))
    try {
      const runs = await Promise.all(["a", "b"].map((name) => runWorker(order.id, dir, name, ROUNDS)))
      for (const run of runs) expect(run.code, run.log).toBe(0)
      const [a, b] = ["a", "b"].map((name) => JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")) as Outcome[])
      for (let round = 0; round < ROUNDS; round++) {
        const both = [a![round]!, b![round]!]
        expect(both.map((o) => o.ok), `round ${round}: ${JSON.stringify(both)}`).toEqual([true, true])
        // One worker drew the line's batches, the other found them drawn.
        expect(both.map((o) => o.draws).sort(), `round ${round}`).toEqual([0, first.length])
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }

    const after = (await cohortOrder(c, order.id)).items[0].batches as { batch_id: string; quantity: number }[]
    expect(after.map((d) => [d.batch_id, d.quantity]).sort()).toEqual(first.map((d) => [d.batch_id, d.quantity]).sort())
    expect(await remaining()).toEqual(before)
  }, 240_000)
})
