import { readFileSync } from "node:fs"
import path from "node:path"
import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { reshapeOrder, reshapeOrderSummary } from "./reshape-order"

// The parts of a /store/orders/:id answer (ORDER_FIELDS.detail) the shop reads, trimmed.
const raw: HttpTypes.StoreOrder = JSON.parse(readFileSync(path.join(__dirname, "__fixtures__/store-order.json"), "utf8"))

describe("reshapeOrderSummary", () => {
  it("keeps a list's number, date, total and where the order stands", () => {
    expect(reshapeOrderSummary(raw)).toEqual({ id: "order_01", displayId: 1042, createdAt: "2026-11-20T03:15:00.000Z", total: 61000, progress: "awaitingPayment" })
  })
})

describe("reshapeOrder", () => {
  it("shows the product's name, the shipping option and a bank transfer still awaited", () => {
    const order = reshapeOrder(raw)
    expect(order.lines).toEqual([{ id: "ordli_01", title: "Keripik Pisang", variantTitle: "200 g", thumbnail: "https://img.test/k.jpg", quantity: 3, unitPrice: 15000, total: 45000 }])
    expect(order).toEqual(
      expect.objectContaining({ email: "budi@contoh.test", itemTotal: 45000, shippingTotal: 16000, discountTotal: 0, shippingMethod: "JNE Reguler", pickup: false })
    )
    expect(order.shippingAddress).toEqual(expect.objectContaining({ city: "Palembang", address_2: null }))
    expect(order.shippingAddress).not.toHaveProperty("country_code")
    expect(order.paymentProvider).toBe("pp_system_default")
    expect(order.paymentState).toBe("awaiting_transfer")
  })

  it("has no address for a partner-outlet pickup to show, and no method or lines when the order has none", () => {
    const pickup = reshapeOrder({ ...raw, shipping_methods: (raw.shipping_methods ?? []).map((m) => ({ ...m, data: { fulfillment_type: "pickup" } })) })
    expect(pickup.pickup).toBe(true)
    const bare = reshapeOrder({ ...raw, items: null, shipping_methods: null, shipping_address: null })
    expect(bare).toEqual(expect.objectContaining({ lines: [], shippingMethod: null, pickup: false, shippingAddress: null }))
  })
})
