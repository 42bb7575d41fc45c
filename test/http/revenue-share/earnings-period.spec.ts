import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { seededVariant } from "../helpers/checkout"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { placeOrderWith } from "../helpers/production"
import { allocated, capture, waitForShares } from "../helpers/revenue-share"

const DAY = 24 * 60 * 60 * 1000

// Earnings are summed from the ledger's entries: one request sums at most a
// year of one cohort, so the read stays bounded however long the shop runs.
describe("a cohort's earnings over a bounded period", () => {
  let c: DemoCoordinator
  let orderId: string
  const earnings = (query = "") => api(`/coordinator/earnings?cohort_id=${c.cohortId}${query}`, { token: c.token })

  beforeAll(async () => {
    c = await demoCoordinator(0)
    const variant = await seededVariant(2)
    orderId = (await placeOrderWith([{ variantId: variant.variantId, quantity: 1 }])).id
    await capture(orderId)
    await waitForShares(orderId, allocated)
  })

  it("without a period sums the last year up to now, and says so", async () => {
    const res = await earnings()
    expect(res.status).toBe(200)
    expect(res.body.orders.map((o: { order_id: string }) => o.order_id)).toContain(orderId)
    expect(res.body.to).toBeNull()
    expect(Math.abs(Date.now() - 366 * DAY - Date.parse(res.body.from))).toBeLessThan(60_000)
  })

  it("with only a start, sums a year from it", async () => {
    const res = await earnings("&from=2020-01-01")
    expect(res.status).toBe(200)
    expect(Date.parse(res.body.to) - Date.parse(res.body.from)).toBe(366 * DAY)
    // Today's sale lies outside that year.
    expect(res.body.orders.map((o: { order_id: string }) => o.order_id)).not.toContain(orderId)
  })

  it("refuses a period longer than a year or one that ends before it starts, saying what to do", async () => {
    const long = await earnings("&from=2025-01-01&to=2026-12-31")
    expect(long.status).toBe(400)
    expect(long.body.message).toMatch(/Periode paling panjang 366 hari/)
    const backwards = await earnings("&from=2026-11-30&to=2026-11-01")
    expect(backwards.status).toBe(400)
    expect(backwards.body.message).toMatch(/to harus setelah from/)
    // A whole year is allowed.
    expect((await earnings("&from=2025-12-01&to=2026-11-30")).status).toBe(200)
  })
})
