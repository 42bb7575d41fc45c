import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { operatorToken } from "../helpers/actors"
import { categoryId, createDraft, netWeight, productBody } from "../helpers/coordinator-products"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"

async function inStore(handle: string, locale?: string) {
  const res = await api(`/store/products?handle=${handle}&fields=id,title,handle${locale ? `&locale=${locale}` : ""}`)
  expect(res.status).toBe(200)
  return res.body.products as { id: string; title: string }[]
}

describe("coordinator product listings: draft → submitted → published / rejected → archived", () => {
  let c: DemoCoordinator
  let operator: string
  let category: string

  beforeAll(async () => {
    c = await demoCoordinator(2)
    operator = await operatorToken()
    category = await categoryId()
  })

  it("creates a draft with variants, IDR prices, SKUs, weights, food label and English text, not in the shop", async () => {
    const body = productBody(c.cohortId, category)
    const res = await api("/coordinator/products", { token: c.token, body })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const p = res.body.product
    expect(p).toMatchObject({ cohort_id: c.cohortId, title: body.title, listing: { state: "draft" }, categories: [{ id: category }] })
    expect(p.variants.map((v: any) => [v.sku, v.price, v.weight, netWeight(v)])).toEqual([
      [body.variants[0].sku, 15000, 130, "100 g"],
      [body.variants[1].sku, 27000, 240, "200 g"],
    ])
    expect(p.variants[1].prices).toEqual([{ amount: 27000, currency_code: "idr" }])
    expect(p.description_en).toBe(body.en.description)
    expect(p.food_label).toMatchObject({ halal_status: "in_process", shelf_life_days: 90 })
    expect(p.en).toMatchObject(body.en)
    expect(await inStore(p.handle)).toEqual([])

    const list = await api(`/coordinator/products?cohort_id=${c.cohortId}&state=draft`, { token: c.token })
    expect(list.status).toBe(200)
    expect(list.body.products.map((x: any) => x.id)).toContain(p.id)
  })

  it("refuses invalid products with messages: variant options, price, unknown fields, foreign image URLs", async () => {
    const bad = productBody(c.cohortId, category)
    bad.variants[1].options = { "Berat bersih": "999 g" }
    const res = await api("/coordinator/products", { token: c.token, body: bad })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/Berat bersih/)
    const cheap = productBody(c.cohortId, category)
    cheap.variants[0].price = 10
    // Medusa words size limits itself, naming the field and the bound.
    const low = await api("/coordinator/products", { token: c.token, body: cheap })
    expect(low.status).toBe(400)
    expect(low.body.message).toMatch(/'variants, 0, price' too small, expected at least: '100'/)
    const status = await api("/coordinator/products", { token: c.token, body: { ...productBody(c.cohortId, category), status: "published" } })
    expect(status.status).toBe(400)
    const img = await api("/coordinator/products", { token: c.token, body: productBody(c.cohortId, category, { images: ["https://example.com/x.jpg"] }) })
    expect(img.status).toBe(400)
    expect(img.body.message).toMatch(/coordinator\/uploads/)
  })

  it("never lets a coordinator publish: no status field, no publish route, no admin route", async () => {
    const p = await createDraft(c.token, c.cohortId, category)
    expect((await api(`/coordinator/products/${p.id}`, { token: c.token, body: { status: "published" } })).status).toBe(400)
    expect([401, 404]).toContain((await api(`/coordinator/products/${p.id}/publish`, { token: c.token, body: {} })).status)
    await api(`/coordinator/products/${p.id}/submit`, { token: c.token, body: {} })
    expect((await api(`/admin/listings/${p.id}/publish`, { token: c.token, body: {} })).status).toBe(401)
    const after = await api(`/coordinator/products/${p.id}`, { token: c.token })
    expect(after.body.product.listing.state).toBe("submitted")
    expect(await inStore(p.handle)).toEqual([])
  })

  it("goes through review: rejected with a reason the coordinator sees, edited, resubmitted, published into /store/products", async () => {
    const p = await createDraft(c.token, c.cohortId, category)
    // An operator can't publish what wasn't submitted.
    const early = await api(`/admin/listings/${p.id}/publish`, { token: operator, body: {} })
    expect(early.status).toBe(400)
    expect(early.body.message).toMatch(/diajukan/)

    const submitted = await api(`/coordinator/products/${p.id}/submit`, { token: c.token, body: {} })
    expect(submitted.status).toBe(200)
    expect(submitted.body.product.listing).toEqual({ state: "submitted" })

    expect((await api(`/admin/listings/${p.id}/reject`, { token: operator, body: {} })).status).toBe(400)
    const rejected = await api(`/admin/listings/${p.id}/reject`, { token: operator, body: { reason: "Foto kemasan kurang jelas" } })
    expect(rejected.status).toBe(200)
    const seen = await api(`/coordinator/products/${p.id}`, { token: c.token })
    expect(seen.body.product.listing).toEqual({ state: "rejected", reason: "Foto kemasan kurang jelas" })

    const edited = await api(`/coordinator/products/${p.id}`, {
      token: c.token,
      body: {
        title: `${p.title} Baru`,
        en: { title: `${p.en.title} New` },
        // The whole variant list, as the portal sends it: first price and weight changed, second kept.
        options: [{ title: "Berat bersih", values: ["100 g", "200 g"] }],
        variants: [
          { id: p.variants[0].id, sku: p.variants[0].sku, weight: 135, price: 16000, options: { "Berat bersih": "100 g" } },
          { id: p.variants[1].id, sku: p.variants[1].sku, weight: 240, prices: [{ currency_code: "idr", amount: 27000 }], options: { "Berat bersih": "200 g" } },
        ],
        food_label: { halal_status: "certified", halal_certificate_number: "ID-UJI-1", shelf_life_days: 120, ingredients: "Pisang kepok, minyak, garam" },
      },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.product.title).toBe(`${p.title} Baru`)
    expect(edited.body.product.en.title).toBe(`${p.en.title} New`)
    expect(edited.body.product.en.description).toBe(p.en.description)
    expect(edited.body.product.variants.map((v: any) => [v.id, v.price, v.weight, netWeight(v)])).toEqual([
      [p.variants[0].id, 16000, 135, "100 g"],
      [p.variants[1].id, 27000, 240, "200 g"],
    ])
    expect(edited.body.product.food_label).toMatchObject({ halal_status: "certified", shelf_life_days: 120 })
    expect(edited.body.product.listing.state).toBe("rejected")
    expect(await inStore(p.handle)).toEqual([])

    expect((await api(`/coordinator/products/${p.id}/submit`, { token: c.token, body: {} })).body.product.listing).toEqual({ state: "submitted" })
    const published = await api(`/admin/listings/${p.id}/publish`, { token: operator, body: {} })
    expect(published.status).toBe(200)
    expect(published.body.product).toMatchObject({ status: "published", listing: { state: "published" } })

    const shop = await inStore(p.handle)
    expect(shop.map((x) => x.title)).toEqual([`${p.title} Baru`])
    expect((await inStore(p.handle, "en-US")).map((x) => x.title)).toEqual([`${p.en.title} New`])
    const cohortShop = await api(`/store/products?cohort_id=${c.cohortId}&fields=id&limit=100`)
    expect(cohortShop.body.products.map((x: any) => x.id)).toContain(p.id)

    // Live listings change only through the operator; archiving takes them off the shop.
    const liveEdit = await api(`/coordinator/products/${p.id}`, { token: c.token, body: { title: "Ganti diam-diam" } })
    expect(liveEdit.status).toBe(400)
    expect(liveEdit.body.message).toMatch(/tayang/)
    const archived = await api(`/coordinator/products/${p.id}/archive`, { token: c.token, body: {} })
    expect(archived.body.product.listing).toEqual({ state: "archived" })
    expect(await inStore(p.handle)).toEqual([])
    expect((await api(`/coordinator/products/${p.id}/submit`, { token: c.token, body: {} })).status).toBe(400)
  })

  it("answers 404 to the operator for an unknown product", async () => {
    expect((await api("/admin/listings/prod_tidakada/publish", { token: operator, body: {} })).status).toBe(404)
  })
})
