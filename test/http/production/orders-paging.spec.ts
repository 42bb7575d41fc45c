import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { seededVariant } from "../helpers/checkout"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { placeOrderWith } from "../helpers/production"

type Page = { orders: { id: string; created_at: string }[]; count: number; limit: number; offset: number }

async function page(c: DemoCoordinator, limit: number, offset: number): Promise<Page> {
  const res = await api(`/coordinator/orders?cohort_id=${c.cohortId}&limit=${limit}&offset=${offset}`, { token: c.token })
  expect(res.status).toBe(200)
  return res.body
}

// The cohort's order list is cut to a page by the database (a filter on the
// order's lines), not by loading every order that ever held the cohort's products.
describe("a cohort's orders, page by page", () => {
  let a: DemoCoordinator
  let placed: string[]
  let before: number

  beforeAll(async () => {
    const [coordinator, other] = await Promise.all([demoCoordinator(0), demoCoordinator(1)])
    a = coordinator
    before = (await page(a, 1, 0)).count
    const [fromA, fromB] = await Promise.all([seededVariant(2), seededVariant(8)])
    placed = []
    // One at a time, so "newest first" has one answer.
    for (let i = 0; i < 3; i++) placed.unshift((await placeOrderWith([{ variantId: fromA.variantId, quantity: 1 }])).id)
    // Another cohort's order: never on this cohort's pages, never in its count.
    await placeOrderWith([{ variantId: fromB.variantId, quantity: 1 }])
    expect((await page(other, 1, 0)).count).toBeGreaterThan(0)
  })

  it("gives disjoint pages, newest first, with the cohort's total", async () => {
    const first = await page(a, 2, 0)
    const second = await page(a, 2, 2)
    expect(first).toMatchObject({ count: before + 3, limit: 2, offset: 0 })
    expect(second).toMatchObject({ count: before + 3, limit: 2, offset: 2 })
    expect(first.orders).toHaveLength(2)
    expect(second.orders.length).toBe(Math.min(2, before + 1))
    // The three just placed are the newest: two on the first page, the third on the second.
    expect([...first.orders, second.orders[0]!].map((o) => o.id)).toEqual(placed)
    const dates = [...first.orders, ...second.orders].map((o) => Date.parse(o.created_at))
    expect(dates).toEqual([...dates].sort((x, y) => y - x))
  })

  it("reaches every order of the cohort exactly once across its pages", async () => {
    const { count } = await page(a, 1, 0)
    const ids: string[] = []
    for (let offset = 0; offset < count; offset += 7) ids.push(...(await page(a, 7, offset)).orders.map((o) => o.id))
    expect(ids).toHaveLength(count)
    expect(new Set(ids).size).toBe(count)
    expect(ids).toEqual(expect.arrayContaining(placed))
    // Past the end: an empty page, the same total.
    expect(await page(a, 7, count)).toMatchObject({ orders: [], count })
  })

  it("refuses a page size it does not serve, saying why", async () => {
    for (const q of ["limit=100000", "limit=-1", "offset=-5", "limit=abc"]) {
      const res = await api(`/coordinator/orders?cohort_id=${a.cohortId}&${q}`, { token: a.token })
      expect(res.status, q).toBe(400)
      expect(JSON.stringify(res.body), q).toMatch(/limit|offset/i)
    }
  })
})
