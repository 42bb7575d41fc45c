import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { operatorToken } from "../helpers/actors"
import { categoryId, createDraft } from "../helpers/coordinator-products"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"

// GET /admin/listings: the operator's review queue behind the Admin "Tinjauan produk" page.
describe("GET /admin/listings", () => {
  let c: DemoCoordinator
  let operator: string
  let category: string

  beforeAll(async () => {
    c = await demoCoordinator(3)
    operator = await operatorToken()
    category = await categoryId()
  })

  it("lists submitted products with their cohort, not drafts, and drops them once decided", async () => {
    const draft = await createDraft(c.token, c.cohortId, category)
    const submitted = await createDraft(c.token, c.cohortId, category)
    await api(`/coordinator/products/${submitted.id}/submit`, { token: c.token, body: {} })

    const queue = await api("/admin/listings?state=submitted&limit=200", { token: operator })
    expect(queue.status, JSON.stringify(queue.body)).toBe(200)
    const ids = queue.body.products.map((p: { id: string }) => p.id)
    expect(ids).toContain(submitted.id)
    expect(ids).not.toContain(draft.id)
    const row = queue.body.products.find((p: { id: string }) => p.id === submitted.id)
    expect(row).toMatchObject({ title: submitted.title, cohort: { id: c.cohortId }, listing: { state: "submitted" } })

    // Rejected, not published: a published test product would show up first in the shop's lists other suites read.
    const rejected = await api(`/admin/listings/${submitted.id}/reject`, { token: operator, body: { reason: "Foto kurang jelas." } })
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
    const after = await api("/admin/listings?state=submitted&limit=200", { token: operator })
    expect(after.body.products.map((p: { id: string }) => p.id)).not.toContain(submitted.id)
  })

  it("answers an unknown state with a 400 and needs an operator", async () => {
    const bad = await api("/admin/listings?state=pending", { token: operator })
    expect(bad.status).toBe(400)
    const anonymous = await api("/admin/listings")
    expect(anonymous.status).toBe(401)
  })
})
