import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { DEMO_COORDINATORS, demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { expectBadPagesRefused, expectPagesCoverList } from "../helpers/pages"
import { seededVariant } from "../helpers/checkout"
import { foodBatch, recordBatch } from "../helpers/production"

type Batch = { id: string; expiry_date: string | null; production_date: string; created_at: string }

const expiry = (b: Batch) => (b.expiry_date ? Date.parse(b.expiry_date) : Infinity)

/** The list's order: soonest expiry first, undated (handicrafts) last, then newest, then id. */
const soonestExpiryFirst = (a: Batch, b: Batch) =>
  Math.sign(expiry(a) - expiry(b)) || Date.parse(b.created_at) - Date.parse(a.created_at) || (a.id < b.id ? -1 : 1)

describe("a cohort's batch list, a page at a time", () => {
  let a: DemoCoordinator

  beforeAll(async () => {
    a = await demoCoordinator(0)
    // Two batches recorded now, one expiring sooner than any seeded batch of the
    // cohort (20+ days), yet later than the 4 days ./expiry.spec.ts runs ahead.
    const variant = await seededVariant(1)
    for (const days of [10, 200]) {
      const made = await recordBatch(a, await foodBatch(a, variant.variantId, 2, days))
      expect(made.status, JSON.stringify(made.body)).toBe(201)
    }
  })

  it("pages through every cohort's batches in expiry order, counting them all", async () => {
    let undated = 0
    for (let index = 0; index < DEMO_COORDINATORS.length; index++) {
      const c = await demoCoordinator(index)
      const batches = await expectPagesCoverList<Batch>(`/coordinator/batches?cohort_id=${c.cohortId}`, "batches", c.token, { size: 3, all: 200 })
      expect(batches).toEqual([...batches].sort(soonestExpiryFirst))
      undated += batches.filter((b) => b.expiry_date === null).length
    }
    // Some cohort makes handicrafts: the undated batches were among those ordered.
    expect(undated).toBeGreaterThan(0)
  })

  it("pages in the order asked for: the portal's list shows the latest made first", async () => {
    const batches = await expectPagesCoverList<Batch>(`/coordinator/batches?cohort_id=${a.cohortId}&order=-production_date`, "batches", a.token, { size: 3, all: 200 })
    const newestMade = (x: Batch, y: Batch) =>
      Date.parse(y.production_date) - Date.parse(x.production_date) || Date.parse(y.created_at) - Date.parse(x.created_at) || (x.id < y.id ? -1 : 1)
    expect(batches).toEqual([...batches].sort(newestMade))
    const bad = await api(`/coordinator/batches?cohort_id=${a.cohortId}&order=quantity`, { token: a.token })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/order: urutkan menurut salah satu dari expiry_date, production_date/)
  })

  it("answers without limit with the first page of its default size", async () => {
    const res = await api(`/coordinator/batches?cohort_id=${a.cohortId}`, { token: a.token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ limit: 50, offset: 0 }))
    expect(res.body.batches.length).toBe(Math.min(50, res.body.count))
    expect(res.body.count).toBeGreaterThanOrEqual(2)
  })

  it("refuses a bad limit or offset with a message that says what is allowed", async () => {
    await expectBadPagesRefused(`/coordinator/batches?cohort_id=${a.cohortId}`, a.token, 200)
  })

  it("pages only the coordinator's own cohort: another cohort is a 404", async () => {
    const b = await demoCoordinator(1)
    const res = await api(`/coordinator/batches?cohort_id=${a.cohortId}&limit=2&offset=0`, { token: b.token })
    expect(res.status).toBe(404)
  })
})

