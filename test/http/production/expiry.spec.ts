import { beforeAll, describe, expect, it } from "vitest"
import { operatorToken } from "../helpers/actors"
import { api } from "../helpers/api"
import { seededVariant, stockLevel, type StockedVariant } from "../helpers/checkout"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { dateIn, foodBatch, recordBatch } from "../helpers/production"

// Expired stock is not sellable. The hourly job runs this workflow with the
// current time; here an operator runs it with a time 4 days ahead, so only a
// batch recorded to expire in 3 days is past its date (seeded food lasts 20+ days).
describe("expired batches leave sellable stock", () => {
  let a: DemoCoordinator
  let variant: StockedVariant
  let batchId: string

  const expire = async () => {
    const token = await operatorToken()
    return api("/admin/workflows-executions/expire-production-batches/run", {
      token,
      body: { input: { now: new Date(Date.now() + 4 * 24 * 60 * 60 * 1000).toISOString() } },
    })
  }
  const batch = async () => (await api(`/coordinator/batches/${batchId}`, { token: a.token })).body.batch

  beforeAll(async () => {
    a = await demoCoordinator(0)
    variant = await seededVariant(1)
    const res = await recordBatch(a, await foodBatch(a, variant.variantId, 3, 3))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    batchId = res.body.batch.id
    expect(res.body.batch.expiring_soon).toBe(true)
  })

  it("takes the expired remainder out of stock once, however often the job runs", async () => {
    const before = await stockLevel(variant)
    expect((await expire()).status).toBe(200)
    expect(await batch()).toMatchObject({ remaining_quantity: 0, expired_quantity: 3, is_expired: true, expiring_soon: false })
    const after = await stockLevel(variant)
    expect(after.stocked).toBe(before.stocked - 3)

    expect((await expire()).status).toBe(200)
    expect(await stockLevel(variant)).toEqual(after)
    expect((await batch()).expired_quantity).toBe(3)
  })

  it("keeps unexpired batches as they are", async () => {
    const list = await api(`/coordinator/batches?cohort_id=${a.cohortId}`, { token: a.token })
    const others = list.body.batches.filter((b: { id: string; expiry_date: string | null }) => b.id !== batchId && b.expiry_date && b.expiry_date > dateIn(5))
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((b: { is_expired: boolean }) => !b.is_expired)).toBe(true)
  })
})
