import { beforeAll, describe, expect, it } from "vitest"
import { unique } from "../helpers/actors"
import { api } from "../helpers/api"
import {
  PALEMBANG_ADDRESS,
  addLine,
  checkoutCart,
  completeCart,
  createCart,
  seededVariant,
  setAvailable,
  shippingOptions,
  stockLevel,
  type StockedVariant,
} from "../helpers/checkout"
import { idrRegionId } from "../helpers/store"

const email = () => `${unique("kirim")}@pembeli.test`
const JAKARTA = { ...PALEMBANG_ADDRESS, address_1: "Jl. Medan Merdeka Barat 1", city: "Jakarta Pusat", province: "id-jk", postal_code: "10110" }

/** A cart holding one unit from each of two cohorts, each stocked at its own location. */
async function twoCohortCart(tempe: StockedVariant, eceng: StockedVariant, extra: Record<string, unknown> = {}) {
  const cartId = await createCart(email(), extra)
  for (const variant of [tempe, eceng]) expect((await addLine(cartId, variant.variantId, 1)).status).toBe(200)
  return cartId
}

describe("delivery options for a cart in the IDR region", () => {
  let tempe: StockedVariant
  let eceng: StockedVariant

  beforeAll(async () => {
    ;[tempe, eceng] = await Promise.all([seededVariant(7), seededVariant(22)])
    expect(tempe.locationId).not.toBe(eceng.locationId)
  })

  it("offers each option once, priced in whole rupiah, for products from two cohorts in Palembang", async () => {
    const options = await shippingOptions(await twoCohortCart(tempe, eceng))
    const byName = Object.fromEntries(options.map((o) => [o.name, o]))
    expect(options.map((o) => o.name).sort()).toEqual(["Ambil di Outlet Mitra", "Pengiriman Reguler", "Same-day Palembang"])
    expect(byName["Pengiriman Reguler"].amount).toBe(15_000)
    expect(byName["Same-day Palembang"].amount).toBe(20_000)
    expect(byName["Ambil di Outlet Mitra"]).toEqual(
      expect.objectContaining({ amount: 0, service_zone: expect.objectContaining({ fulfillment_set: expect.objectContaining({ type: "pickup" }) }) })
    )
  })

  it("offers same-day only in Palembang, with the province as a code or a name", async () => {
    const jakarta = await shippingOptions(await twoCohortCart(tempe, eceng, { shipping_address: JAKARTA }))
    expect(jakarta.map((o) => o.name).sort()).toEqual(["Ambil di Outlet Mitra", "Pengiriman Reguler"])
    const written = { ...PALEMBANG_ADDRESS, province: "Sumatera Selatan" }
    const palembang = await shippingOptions(await twoCohortCart(tempe, eceng, { shipping_address: written }))
    expect(palembang.map((o) => o.name)).toContain("Same-day Palembang")
  })

  it("offers same-day however a Palembang address is written: case, the Kota prefix, or the postal code alone", async () => {
    const written = [
      { ...PALEMBANG_ADDRESS, city: "Kota Palembang" },
      { ...PALEMBANG_ADDRESS, city: "palembang" },
      { ...PALEMBANG_ADDRESS, city: "PALEMBANG", province: "sumatera selatan" },
      { ...PALEMBANG_ADDRESS, city: undefined, postal_code: "30126" },
    ]
    for (const address of written) {
      const names = (await shippingOptions(await twoCohortCart(tempe, eceng, { shipping_address: address }))).map((o) => o.name)
      expect(names, JSON.stringify(address)).toContain("Same-day Palembang")
    }
  })

  it("keeps same-day for an address changed to 'Kota Palembang' when the method is added", async () => {
    const cartId = await twoCohortCart(tempe, eceng, { shipping_address: JAKARTA })
    const moved = await api(`/store/carts/${cartId}`, { body: { shipping_address: { ...PALEMBANG_ADDRESS, city: " Kota  Palembang " } } })
    expect(moved.status).toBe(200)
    expect(moved.body.cart.shipping_address.city).toBe("Palembang")
    const sameDay = (await shippingOptions(cartId)).find((o) => o.name === "Same-day Palembang")
    expect(sameDay).toBeDefined()
    const added = await api(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: sameDay!.id } })
    expect(added.status).toBe(200)
    expect(added.body.cart.shipping_methods).toEqual([expect.objectContaining({ shipping_option_id: sameDay!.id, amount: 20_000 })])
  })

  it("does not offer same-day in Banyuasin, by name or by its postal code", async () => {
    const banyuasin = [
      { ...PALEMBANG_ADDRESS, address_1: "Jl. Palembang–Betung Km 12, Sukajadi", city: "Banyuasin", postal_code: "30961" },
      { ...PALEMBANG_ADDRESS, address_1: "Jl. Palembang–Betung Km 12, Sukajadi", city: "Kab. Banyuasin", postal_code: "30961" },
      { ...PALEMBANG_ADDRESS, city: undefined, postal_code: "30961" },
    ]
    for (const address of banyuasin) {
      const names = (await shippingOptions(await twoCohortCart(tempe, eceng, { shipping_address: address }))).map((o) => o.name)
      expect(names.sort(), JSON.stringify(address)).toEqual(["Ambil di Outlet Mitra", "Pengiriman Reguler"])
    }
  })

  it("names the options in English for an English cart", async () => {
    const options = await shippingOptions(await twoCohortCart(tempe, eceng, { locale: "en-US" }))
    expect(options.map((o) => o.name).sort()).toEqual(["Pick up at a partner outlet", "Regular delivery", "Same-day Palembang"])
    expect(options.find((o) => o.name === "Regular delivery")?.type).toEqual(
      expect.objectContaining({ code: "reguler", label: "Regular", description: expect.stringMatching(/working days/) })
    )
  })

  it("reserves the units at each cohort's own location when the order is placed", async () => {
    const before = await Promise.all([stockLevel(tempe), stockLevel(eceng)])
    const cartId = await checkoutCart(email(), [
      { variantId: tempe.variantId, quantity: 2 },
      { variantId: eceng.variantId, quantity: 1 },
    ])

    const res = await completeCart(cartId)

    expect(res.status).toBe(200)
    expect(res.body.order.shipping_methods).toEqual([expect.objectContaining({ name: "Pengiriman Reguler", amount: 15_000 })])
    const after = await Promise.all([stockLevel(tempe), stockLevel(eceng)])
    expect(after[0].reserved - before[0].reserved).toBe(2)
    expect(after[1].reserved - before[1].reserved).toBe(1)
  })

  it("lets the region be paid by bank transfer, and by card when Stripe is configured", async () => {
    const res = await api(`/store/payment-providers?region_id=${await idrRegionId()}`)
    const ids = res.body.payment_providers.map((p: { id: string }) => p.id)
    expect(ids).toContain("pp_system_default")
    expect(ids.includes("pp_stripe_stripe")).toBe(!!process.env.STRIPE_API_KEY)
  })

  // Medusa's DTC starter disables "Pick up your order" on insufficient_inventory:
  // the flag must follow the cohorts' stock, not the stock-less dispatch location.
  it("answers insufficient_inventory from the stock that will fill the order, the same for every option", async () => {
    // Tikar eceng gondok: no other suite buys it.
    const craft = await seededVariant(23)
    const before = await stockLevel(craft)
    await setAvailable(craft, 3)
    const enough = await createCart(email())
    expect((await addLine(enough, craft.variantId, 3)).status).toBe(200)
    const served = await shippingOptions(enough)
    expect(served.length).toBeGreaterThan(1)
    expect(served.map((o) => [o.name, o.insufficient_inventory])).toEqual(served.map((o) => [o.name, false]))

    await setAvailable(craft, 2)
    const short = await shippingOptions(enough)
    expect(short.map((o) => [o.name, o.insufficient_inventory])).toEqual(short.map((o) => [o.name, true]))
    await setAvailable(craft, before.stocked - before.reserved)
  })
})
