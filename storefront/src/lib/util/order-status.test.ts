import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { isPickup, orderPaymentState } from "./order-status"

const order = (payment_status: string, provider_id: string | null, status = "pending") => ({
  status,
  payment_status,
  payment_collections: provider_id ? [{ payments: [{ provider_id }], payment_sessions: [] }] : [],
})

describe("orderPaymentState", () => {
  it("says a bank-transfer order awaits payment although Medusa's manual provider authorized it", () => {
    expect(orderPaymentState(order("authorized", "pp_system_default"))).toBe("awaiting_transfer")
  })

  it("says an authorized card payment is authorized, and captured money paid", () => {
    expect(orderPaymentState(order("authorized", "pp_stripe_stripe"))).toBe("authorized")
    expect(orderPaymentState(order("captured", "pp_system_default"))).toBe("paid")
    expect(orderPaymentState(order("captured", "pp_stripe_stripe"))).toBe("paid")
  })

  it("says canceled and refunded orders are so, before anything else", () => {
    expect(orderPaymentState(order("authorized", "pp_system_default", "canceled"))).toBe("canceled")
    expect(orderPaymentState(order("refunded", "pp_stripe_stripe"))).toBe("refunded")
    expect(orderPaymentState(order("not_paid", null))).toBe("pending")
  })
})

describe("isPickup", () => {
  it("knows a pickup by the mark checkout leaves on the shipping method", () => {
    const method = (data: Record<string, unknown> | null) => ({ data }) as HttpTypes.StoreOrderShippingMethod
    expect(isPickup(method({ fulfillment_type: "pickup" }))).toBe(true)
    expect(isPickup(method({}))).toBe(false)
    expect(isPickup(method(null))).toBe(false)
    expect(isPickup(undefined)).toBe(false)
  })
})
