import { describe, expect, it } from "vitest"
import { variantOf } from "../helpers/customers"
import { raceTwoWorkers, ROUNDS } from "../helpers/race-workers"
import { allocated, capture, placeBankTransferOrder, revenueShares, waitForShares } from "../helpers/revenue-share"

// Allocation from two processes at once: two `medusa exec` workers on the test
// marketplace's database, sharing Redis for the Locking module (locking-redis),
// both run allocateOrderRevenueWorkflow for the same captured order at the same
// moment, as when payment.captured reaches two workers. One writes the
// allocation, the other finds it written and adds nothing; neither fails.

type Outcome = { ok: boolean; entries?: number; error?: string }

const shape = (entries: { bucket: string; party_id: string; amount: number; kind: string }[]) =>
  entries.map((e) => `${e.kind}|${e.bucket}|${e.party_id}|${e.amount}`).sort()

describe("allocation across processes (Locking module on Redis)", () => {
  it("two workers allocating the same captured order at once write one allocation, round after round", async () => {
    // Product 27 (Banyuasin eceng gondok, the default rule); the idempotency suite buys it too, stock allows both.
    const order = await placeBankTransferOrder([{ variantId: await variantOf(27), quantity: 1 }])
    await capture(order.id)
    const first = (await waitForShares(order.id, allocated)).lines.flatMap((l) => l.entries)
    expect(first.length).toBeGreaterThan(0)

    const { runs, outcomes } = await raceTwoWorkers<Outcome>("allocate-race-worker.ts", order.id)
    for (const run of runs) expect(run.code, run.log).toBe(0)
    const [a, b] = outcomes!
    for (let round = 0; round < ROUNDS; round++) {
      const both = [a[round]!, b[round]!]
      expect(both.map((o) => o.ok), `round ${round}: ${JSON.stringify(both)}`).toEqual([true, true])
      // One worker wrote the allocation, the other found it written.
      expect(both.map((o) => o.entries).sort((x, y) => x! - y!), `round ${round}`).toEqual([0, first.length])
    }

    const after = (await revenueShares(order.id)).lines.flatMap((l) => l.entries)
    expect(shape(after)).toEqual(shape(first))
  }, 240_000)
})
