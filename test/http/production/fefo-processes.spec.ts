import { describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { seededVariant } from "../helpers/checkout"
import { DEMO_COORDINATORS, demoCoordinator } from "../helpers/coordinators"
import { cohortOrder, placeOrderWith, waitForDraws } from "../helpers/production"
import { raceTwoWorkers, ROUNDS } from "../helpers/race-workers"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"

// FEFO draws from two processes at once: two `medusa exec` workers on the test
// marketplace's database, sharing Redis for the Locking module (locking-redis),
// both run drawOrderBatchesWorkflow for the same order at the same moment, as
// when order.placed reaches two workers. One draws, the other finds the lines
// drawn and draws nothing; neither fails.

type Outcome = { ok: boolean; draws?: number; error?: string }

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

    const { runs, outcomes } = await raceTwoWorkers<Outcome>("draw-race-worker.ts", order.id)
    for (const run of runs) expect(run.code, run.log).toBe(0)
    const [a, b] = outcomes!
    for (let round = 0; round < ROUNDS; round++) {
      const both = [a[round]!, b[round]!]
      expect(both.map((o) => o.ok), `round ${round}: ${JSON.stringify(both)}`).toEqual([true, true])
      // One worker drew the line's batches, the other found them drawn.
      expect(both.map((o) => o.draws).sort(), `round ${round}`).toEqual([0, first.length])
    }

    const after = (await cohortOrder(c, order.id)).items[0].batches as { batch_id: string; quantity: number }[]
    expect(after.map((d) => [d.batch_id, d.quantity]).sort()).toEqual(first.map((d) => [d.batch_id, d.quantity]).sort())
    expect(await remaining()).toEqual(before)
  }, 240_000)
})
