import { describe, expect, it } from "vitest"
import { emailsMatch, toLookupOrder } from "./lookup-order"

describe("emailsMatch", () => {
  it("ignores case and surrounding spaces", () => {
    expect(emailsMatch("  Budi@Contoh.TEST ", "budi@contoh.test")).toBe(true)
  })
  it("refuses another address or an order without email", () => {
    expect(emailsMatch("budi@contoh.test", "budi2@contoh.test")).toBe(false)
    expect(emailsMatch("budi@contoh.test", null)).toBe(false)
  })
})

describe("toLookupOrder", () => {
  const order = {
    id: "order_1",
    display_id: 7,
    email: "budi@contoh.test",
    created_at: "2026-11-22T10:00:00.000Z",
    status: "pending",
    payment_status: "authorized",
    fulfillment_status: "not_fulfilled",
    currency_code: "idr",
    item_total: { valueOf: () => 50000 },
    shipping_total: 15000,
    total: "65000",
    items: [
      { id: "li_1", title: "Keripik", product_title: "Keripik Pisang", variant_title: "250 g", quantity: 2, unit_price: 25000, total: 50000, thumbnail: "/t.svg" },
      null,
    ],
    shipping_address: { first_name: "Budi", city: "Palembang", internal_note: "x" },
    shipping_methods: [{ name: "Pengiriman Reguler" }, null],
    payment_collections: [
      { payments: [{ provider_id: "pp_system_default" }], payment_sessions: [{ provider_id: "pp_system_default" }] },
    ],
  }

  it("keeps what a shopper needs, as plain numbers", () => {
    const shaped = toLookupOrder(order)
    expect(shaped.items).toEqual([
      { id: "li_1", title: "Keripik Pisang", variant_title: "250 g", quantity: 2, unit_price: 25000, total: 50000, thumbnail: "/t.svg" },
    ])
    expect([shaped.subtotal, shaped.shipping_total, shaped.total]).toEqual([50000, 15000, 65000])
    expect(shaped.shipping_methods).toEqual([{ name: "Pengiriman Reguler" }])
    expect(shaped.payment_provider_ids).toEqual(["pp_system_default"])
    expect(shaped.payment_status).toBe("authorized")
  })

  it("copies only the address fields it knows", () => {
    const address = toLookupOrder(order).shipping_address
    expect(address).toMatchObject({ first_name: "Budi", city: "Palembang", phone: null })
    expect(address).not.toHaveProperty("internal_note")
  })
})
