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
    ] as const

  it("never shows them in /store/products lists and details, whoever asks", async () => {
    for (const [who, token] of viewers()) {
      const list = await api(`/store/products?region_id=${regionId}&limit=100&fields=id,handle,variants.sku,*variants.calculated_price`, { token })
      expect(list.status, who).toBe(200)
      expect(JSON.stringify(list.body), who).not.toContain(plaju.priceListId)
      const product = list.body.products.find((p: { handle: string }) => p.handle === SEED.handle)
      const variant = product.variants.find((v: StoreVariant) => v.sku === SKU) as StoreVariant
      const expected = token === gerong.token ? gerong.catalog.get(SKU)!.price : RETAIL
      expect(variant.calculated_price.calculated_amount, who).toBe(expected)

      const detail = await api(`/store/products/${product.id}?region_id=${regionId}&fields=*variants.calculated_price,*variants.prices`, { token })
      expect(JSON.stringify(detail.body), who).not.toContain(plaju.priceListId)
      if (detail.status === 200) {
        const amounts = detail.body.product.variants.map((v: StoreVariant) => v.calculated_price.calculated_amount)
        expect(amounts, who).not.toContain(plaju.catalog.get(SKU)!.price)
      }
    }
  })

  it("never prices a shop cart line with them", async () => {
    for (const [who, token] of viewers()) {
      const cart = await api("/store/carts", { token, body: { region_id: regionId } })
      expect(cart.status, who).toBe(200)
      const line = await api(`/store/carts/${cart.body.cart.id}/line-items`, { token, body: { variant_id: plaju.catalog.get(SKU)!.id, quantity: 1 } })
      expect(line.status, who).toBe(200)
      expect(JSON.stringify(line.body), who).not.toContain(plaju.priceListId)
      const expected = token === gerong.token ? gerong.catalog.get(SKU)!.price : RETAIL
      expect(line.body.cart.items[0].unit_price, who).toBe(expected)
    }
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
