import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { variantOf } from "../helpers/customers"
import { allocated, capture, placeBankTransferOrder, revenueShares, waitForShares } from "../helpers/revenue-share"

// Allocation from two processes at once: two `medusa exec` workers on the test
// marketplace's database, sharing Redis for the Locking module (locking-redis),
// both run allocateOrderRevenueWorkflow for the same captured order at the same
// moment, as when payment.captured reaches two workers. One writes the
// allocation, the other finds it written and adds nothing; neither fails.

const BACKEND_DIR = path.resolve(__dirname, "../../../backend")
const MEDUSA = path.resolve(BACKEND_DIR, "../node_modules/.bin/medusa")
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"

type Outcome = { ok: boolean; entries?: number; error?: string }

/** Rounds of the race: one round may miss the overlap by chance; six in a row do not. */
const ROUNDS = 6

function runWorker(orderId: string, dir: string, name: string): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(MEDUSA, ["exec", "./integration-tests/scripts/allocate-race-worker.ts", orderId, dir, name, String(ROUNDS)], {
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

const shape = (entries: { bucket: string; party_id: string; amount: number; kind: string }[]) =>
  entries.map((e) => `${e.kind}|${e.bucket}|${e.party_id}|${e.amount}`).sort()

describe("allocation across processes (Locking module on Redis)", () => {
  it("two workers allocating the same captured order at once write one allocation, round after round", async () => {
    // Product 27 (Banyuasin eceng gondok, the default rule); the idempotency suite buys it too, stock allows both.
    const order = await placeBankTransferOrder([{ variantId: await variantOf(27), quantity: 1 }])
    await capture(order.id)
    const first = (await waitForShares(order.id, allocated)).lines.flatMap((l) => l.entries)
    expect(first.length).toBeGreaterThan(0)

    const dir = mkdtempSync(path.join(tmpdir(), "allocate-race-"))
    try {
      const runs = await Promise.all(["a", "b"].map((name) => runWorker(order.id, dir, name)))
      for (const run of runs) expect(run.code, run.log).toBe(0)
      const [a, b] = ["a", "b"].map((name) => JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")) as Outcome[])
      for (let round = 0; round < ROUNDS; round++) {
        const both = [a![round]!, b![round]!]
        expect(both.map((o) => o.ok), `round ${round}: ${JSON.stringify(both)}`).toEqual([true, true])
        // One worker wrote the allocation, the other found it written.
        expect(both.map((o) => o.entries).sort((x, y) => x! - y!), `round ${round}`).toEqual([0, first.length])
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }

    const after = (await revenueShares(order.id)).lines.flatMap((l) => l.entries)
    expect(shape(after)).toEqual(shape(first))
  }, 240_000)
})
