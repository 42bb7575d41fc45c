import { beforeAll, describe, expect, it } from "vitest"
import { api } from "../helpers/api"
import { operatorToken } from "../helpers/actors"
import { addLine, createCart } from "../helpers/checkout"
import { categoryId, createDraft, netWeight } from "../helpers/coordinator-products"
import { demoCoordinator, type DemoCoordinator } from "../helpers/coordinators"
import { foodBatch, recordBatch } from "../helpers/production"

type Variant = { id: string; sku: string; price: number | null; weight: number; archived: boolean; options: { title: string; value: string }[] }

/** A variant as the portal sends it back in an edit. */
const row = (v: Variant, value = netWeight(v)!) => ({ id: v.id, sku: v.sku, weight: v.weight, price: v.price ?? 20000, options: { "Berat bersih": value } })

describe("coordinator product variants: add, rename, remove, archive", () => {
  let c: DemoCoordinator
  let category: string

  beforeAll(async () => {
    c = await demoCoordinator(2)
    category = await categoryId()
  })

  async function edit(id: string, variants: Record<string, unknown>[]) {
    const values = [...new Set(variants.map((v) => (v.options as Record<string, string>)["Berat bersih"]))]
    return api(`/coordinator/products/${id}`, { token: c.token, body: { options: [{ title: "Berat bersih", values }], variants } })
  }

  it("adds a variant with a new option value (with its stock item), renames a value and deletes a variant nobody made or bought", async () => {
    const p = await createDraft(c.token, c.cohortId, category)
    const [small, large] = p.variants as Variant[]
    const added = await edit(p.id, [
      row(small, "150 g"),
      row(large),
      { sku: `${large.sku}-500`, weight: 560, price: 60000, options: { "Berat bersih": "500 g" } },
    ])
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    const after = added.body.product
    expect(after.variants.map((v: Variant) => [v.id === small.id, netWeight(v), v.price, v.archived])).toEqual([
      [true, "150 g", 15000, false],
      [false, "200 g", 27000, false],
      [false, "500 g", 60000, false],
    ])
    // "100 g" left with the rename: the product's option holds exactly its variants' values.
    expect(after.options[0].values.sort()).toEqual(["150 g", "200 g", "500 g"])
    // The new variant has its own stock item: a batch can be recorded for it.
    const made = await recordBatch(c, await foodBatch(c, after.variants[2].id, 2, 60))
    expect(made.status, JSON.stringify(made.body)).toBe(201)

    const removed = await edit(p.id, [row(after.variants[0]), row(after.variants[2])])
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect(removed.body.product.variants.map((v: Variant) => [netWeight(v), v.archived])).toEqual([
      ["150 g", false],
      ["500 g", false],
    ])
    expect(removed.body.product.options[0].values.sort()).toEqual(["150 g", "500 g"])
  })

  it("archives a removed variant that has a batch: kept for traceability, without a price, not for sale", async () => {
    const p = await createDraft(c.token, c.cohortId, category)
    const [small, large] = p.variants as Variant[]
    const batch = await recordBatch(c, await foodBatch(c, large.id, 5, 60))
    expect(batch.status, JSON.stringify(batch.body)).toBe(201)
    expect((await recordBatch(c, await foodBatch(c, small.id, 5, 60))).status).toBe(201)

    const res = await edit(p.id, [row(small)])
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.product.variants.map((v: Variant) => [v.id, v.archived, v.price])).toEqual([
      [small.id, false, 15000],
      [large.id, true, null],
    ])
    // The batch still names its variant.
    const kept = await api(`/coordinator/batches/${batch.body.batch.id}`, { token: c.token })
    expect(kept.body.batch.variant_id).toBe(large.id)

    // Published, the product sells its live variant; the archived one has no price, so no cart takes it.
    const operator = await operatorToken()
    expect((await api(`/coordinator/products/${p.id}/submit`, { token: c.token, body: {} })).status).toBe(200)
    expect((await api(`/admin/listings/${p.id}/publish`, { token: operator, body: {} })).status).toBe(200)
    const cart = await createCart(`varian-${Date.now()}@pembeli.test`)
    const sold = await addLine(cart, small.id, 1)
    expect(sold.status, JSON.stringify(sold.body)).toBe(200)
    const refused = await addLine(cart, large.id, 1)
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/price/i)
    await api(`/coordinator/products/${p.id}/archive`, { token: c.token, body: {} })
  })

  it("puts an archived variant back on sale when it is listed again, and refuses a new option title", async () => {
    const p = await createDraft(c.token, c.cohortId, category)
    const [small, large] = p.variants as Variant[]
    expect((await recordBatch(c, await foodBatch(c, large.id, 3, 60))).status).toBe(201)
    expect((await edit(p.id, [row(small)])).status).toBe(200)

    const back = await edit(p.id, [row(small), { ...row(large), price: 28000 }])
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    expect(back.body.product.variants.map((v: Variant) => [v.id, v.archived, v.price])).toEqual([
      [small.id, false, 15000],
      [large.id, false, 28000],
    ])

    const renamed = await api(`/coordinator/products/${p.id}`, {
      token: c.token,
      body: { options: [{ title: "Ukuran", values: ["Kecil"] }], variants: [{ id: small.id, sku: small.sku, price: 15000, options: { Ukuran: "Kecil" } }] },
    })
    expect(renamed.status).toBe(400)
    expect(renamed.body.message).toMatch(/Nama opsi tidak dapat diubah/)
  })
})
