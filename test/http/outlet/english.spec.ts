import { beforeAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { OUTLETS } from "../../../backend/src/scripts/seed-data/outlets"
import { api } from "../helpers/api"
import { demoOutlet, placeOutletOrder, type DemoOutlet } from "../helpers/outlets"
import { restock } from "../helpers/production"

// The English outlet portal asks for product names in English (locale=en-US),
// as the shop's store routes do; Indonesian, the data's own language, asks nothing.
const CHIPS = "KB-PSG-KRP-ORI-200"
// Not TTS-BRU: the cart suite pins that one's stock to 0 while this file runs.
const TISSUE = "KB-TMW-TTS-HJU"
const seedOf = (sku: string) => PRODUCTS.find((p) => p.variants.some((v) => v.sku === sku))!

describe("outlet product names in the buyer's language", () => {
  let plaju: DemoOutlet

  beforeAll(async () => {
    plaju = await demoOutlet(0)
  })

  it("names the catalog's products in English when asked, in Indonesian otherwise", async () => {
    const titleOf = (body: { products: { title: string; variants: { sku: string }[] }[] }) => body.products.find((p) => p.variants.some((v) => v.sku === CHIPS))?.title
    const en = await api("/outlet/catalog?locale=en-US", { token: plaju.token })
    expect(en.status).toBe(200)
    expect(titleOf(en.body)).toBe(seedOf(CHIPS).en.title)
    expect(titleOf((await api("/outlet/catalog", { token: plaju.token })).body)).toBe(seedOf(CHIPS).title)
  })

  it("names consigned goods in English when asked", async () => {
    const sku = Object.keys(OUTLETS[0].consigned)[0]
    const en = await api("/outlet/consignments?locale=en-US", { token: plaju.token })
    expect(en.status).toBe(200)
    expect(en.body.consignments.find((c: { sku: string }) => c.sku === sku)?.product_title).toBe(seedOf(sku).en.title)
  })

  it("names the product of a broken carton in the order's locale", async () => {
    const chips = plaju.catalog.get(CHIPS)!
    const res = await api("/outlet/orders", {
      token: plaju.token,
      body: { items: [{ variant_id: chips.id, quantity: chips.case_pack_units * 30 + 1 }], po_number: "PO-EN-KARTON", delivery: "pickup", locale: "en-US" },
    })
    expect(res.status).toBe(400)
    expect(res.body.problems).toEqual([expect.objectContaining({ code: "case_pack", product_title: seedOf(CHIPS).en.title, units: chips.case_pack_units })])
  })

  it("names an order's lines in English when asked, whatever language it was placed in", async () => {
    const order = { [CHIPS]: 1, [TISSUE]: 2 }
    for (const [sku, cartons] of Object.entries(order)) await restock(sku, cartons * plaju.catalog.get(sku)!.case_pack_units)
    const placed = await placeOutletOrder(plaju, order)
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    const lineOf = (order: { items: { variant_sku: string; product_title: string }[] }, sku: string) => order.items.find((i) => i.variant_sku === sku)!
    const id = placed.body.order.id
    const en = await api(`/outlet/orders/${id}?locale=en-US`, { token: plaju.token })
    expect(en.status).toBe(200)
    expect(lineOf(en.body.order, CHIPS).product_title).toBe(seedOf(CHIPS).en.title)
    expect(lineOf(en.body.order, TISSUE).product_title).toBe(seedOf(TISSUE).en.title)
    const id_ = await api(`/outlet/orders/${id}`, { token: plaju.token })
    expect(lineOf(id_.body.order, CHIPS).product_title).toBe(seedOf(CHIPS).title)
  })

  it("refuses a locale it does not serve", async () => {
    const res = await api("/outlet/catalog?locale=fr-FR", { token: plaju.token })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain("locale")
  })
})
