import { describe, expect, it } from "vitest"
import { orderProgress } from "./order-progress"

const order = (payment_status: string, fulfillment_status = "not_fulfilled", provider_id = "pp_system_default", status = "pending") => ({
  status,
  payment_status,
  fulfillment_status,
  payment_collections: [{ payments: [{ provider_id }], payment_sessions: [] }],
})

describe("orderProgress", () => {
  it("says a new bank-transfer order awaits payment, though Medusa authorized it", () => {
    expect(orderProgress(order("authorized"))).toBe("awaitingPayment")
    expect(orderProgress({ status: "pending", payment_status: "not_paid" })).toBe("awaitingPayment")
  })

  it("says paid once the money is captured, or held on a card", () => {
    expect(orderProgress(order("captured"))).toBe("paid")
    expect(orderProgress(order("authorized", "not_fulfilled", "pp_stripe_stripe"))).toBe("paid")
  })

  it("moves on with delivery, and to completed", () => {
    expect(orderProgress(order("captured", "shipped"))).toBe("shipped")
    expect(orderProgress(order("captured", "partially_delivered"))).toBe("delivered")
    expect(orderProgress(order("captured", "fulfilled", "pp_system_default", "completed"))).toBe("completed")
  })

  it("puts cancellation and refunds above everything else", () => {
    expect(orderProgress(order("captured", "delivered", "pp_system_default", "canceled"))).toBe("canceled")
    expect(orderProgress(order("refunded", "delivered"))).toBe("refunded")
  })
})
