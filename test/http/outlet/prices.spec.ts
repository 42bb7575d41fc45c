import { beforeAll, describe, expect, it } from "vitest"
import { PRODUCTS } from "../../../backend/src/scripts/seed-data/catalog"
import { OUTLETS, wholesalePrice } from "../../../backend/src/scripts/seed-data/outlets"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import { registerCustomer } from "../helpers/customers"
import { demoOutlet, type DemoOutlet } from "../helpers/outlets"
import { idrRegionId } from "../helpers/store"

// Prices are read only, nothing is bought: stock stays as other suites expect.
const SEED = PRODUCTS.find((p) => p.handle === "tempe-chips")!
const SKU = SEED.variants[0].sku
const RETAIL = SEED.variants[0].price

type Calculated = { calculated_amount: number; calculated_price?: { price_list_id?: string | null } }
type StoreVariant = { id: string; sku: string; calculated_price: Calculated }

describe("an outlet's wholesale prices stay the outlet's", () => {
  let plaju: DemoOutlet
  let gerong: DemoOutlet
  let shopper: string
  let regionId: string

  beforeAll(async () => {
    ;[plaju, gerong, regionId] = await Promise.all([demoOutlet(0), demoOutlet(1), idrRegionId()])
    shopper = (await registerCustomer(`${unique("pembeli")}@example.com`)).token
  })

  it("prices the outlet's portal catalog from its own price list, below retail", () => {
    expect(plaju.catalog.get(SKU)?.price).toBe(wholesalePrice(RETAIL, OUTLETS[0].discount_percent))
    expect(gerong.catalog.get(SKU)?.price).toBe(wholesalePrice(RETAIL, OUTLETS[1].discount_percent))
    expect(plaju.catalog.get(SKU)!.price).toBeLessThan(RETAIL)
    expect(plaju.catalog.get(SKU)!.price).not.toBe(gerong.catalog.get(SKU)!.price)
  })

  const viewers = () =>
    [
      ["an anonymous shopper", undefined],
      ["a logged-in shopper", shopper],
      ["another outlet's buyer", gerong.token],
      ["the outlet's own buyer", plaju.token],
    ] as const

  it("never shows them in /store/products lists and details, whoever asks", async () => {
    for (const [who, token] of viewers()) {
      const list = await api(`/store/products?region_id=${regionId}&limit=100&fields=id,handle,variants.sku,*variants.calculated_price`, { token })
      expect(list.status, who).toBe(200)
      expect(JSON.stringify(list.body), who).not.toContain(plaju.priceListId)
      const product = list.body.products.find((p: { handle: string }) => p.handle === SEED.handle)
      const variant = product.variants.find((v: StoreVariant) => v.sku === SKU) as StoreVariant
      expect(variant.calculated_price.calculated_amount, who).toBe(RETAIL)

      const detail = await api(`/store/products/${product.id}?region_id=${regionId}&fields=*variants.calculated_price,*variants.prices`, { token })
      expect(JSON.stringify(detail.body), who).not.toContain(plaju.priceListId)
      if (detail.status === 200) {
        const amounts = detail.body.product.variants.map((v: StoreVariant) => v.calculated_price.calculated_amount)
        expect(amounts, who).not.toContain(plaju.catalog.get(SKU)!.price)
      }
    }
  })

  it("never prices a shop cart line with them, not even for the outlet's own buyer", async () => {
    for (const [who, token] of viewers()) {
      const cart = await api("/store/carts", { token, body: { region_id: regionId } })
      expect(cart.status, who).toBe(200)
      const line = await api(`/store/carts/${cart.body.cart.id}/line-items`, { token, body: { variant_id: plaju.catalog.get(SKU)!.id, quantity: 1 } })
      expect(line.status, who).toBe(200)
      expect(JSON.stringify(line.body), who).not.toContain(plaju.priceListId)
      expect(JSON.stringify(line.body), who).not.toContain(gerong.priceListId)
      expect(line.body.cart.items[0].unit_price, who).toBe(RETAIL)
    }
  })

  it("prices an outlet buyer's shop basket at retail, while the outlet's own channel keeps wholesale and its terms", async () => {
    // A basket under the outlet's minimum and off its cartons: in the shop that is just a basket.
    const basket = PRODUCTS.slice(0, 3).map((p) => ({ sku: p.variants[0].sku, retail: p.variants[0].price, quantity: 2 }))
    const cart = await api("/store/carts", { token: plaju.token, body: { region_id: regionId } })
    expect(cart.status).toBe(200)
    for (const { sku, quantity } of basket) {
      const line = await api(`/store/carts/${cart.body.cart.id}/line-items`, { token: plaju.token, body: { variant_id: plaju.catalog.get(sku)!.id, quantity } })
      expect(line.status, JSON.stringify(line.body)).toBe(200)
    }
    const priced = await api(`/store/carts/${cart.body.cart.id}?fields=item_total,items.unit_price,items.variant_sku`, { token: plaju.token })
    const retailTotal = basket.reduce((sum, b) => sum + b.retail * b.quantity, 0)
    const wholesaleTotal = basket.reduce((sum, b) => sum + plaju.catalog.get(b.sku)!.price * b.quantity, 0)
    expect(wholesaleTotal).toBeLessThan(retailTotal)
    expect(priced.body.cart.item_total).toBe(retailTotal)

    // The same buyer in the outlet's channel: wholesale prices, and the minimum and cartons still hold.
    for (const { sku } of basket) expect(plaju.catalog.get(sku)!.price).toBe(wholesalePrice(basket.find((b) => b.sku === sku)!.retail, OUTLETS[0].discount_percent))
    const chips = plaju.catalog.get(SKU)!
    expect(chips.case_pack_units).toBeGreaterThan(1)
    const broken = await api("/outlet/orders", { token: plaju.token, body: { items: [{ variant_id: chips.id, quantity: 1 }], po_number: "PO-HARGA", delivery: "pickup" } })
    expect(broken.status).toBe(400)
    expect(broken.body.problems.map((p: { code: string }) => p.code).sort()).toEqual(["below_minimum", "case_pack"])
  })

  it("keeps the outlet's channel out of the shop's publishable key", async () => {
    const cart = await api("/store/carts", { token: shopper, body: { region_id: regionId, sales_channel_id: plaju.salesChannelId } })
    expect(cart.status).toBe(400)
  })

  it("shows another outlet's buyer only their own wholesale prices in the portal", async () => {
    const res = await api("/outlet/catalog", { token: gerong.token })
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).not.toContain(plaju.priceListId)
    const retail = new Map(PRODUCTS.flatMap((p) => p.variants.map((v) => [v.sku, v.price] as const)))
    expect(gerong.catalog.size).toBeGreaterThan(20)
    for (const [sku, variant] of gerong.catalog) {
      expect(variant.price, sku).toBe(wholesalePrice(retail.get(sku)!, OUTLETS[1].discount_percent))
    }
  })
})
