import { describe, expect, it } from "vitest"
import { orderStatus } from "./order-status"

describe("orderStatus", () => {
  it("says a new bank-transfer order awaits payment", () => {
    expect(orderStatus({ status: "pending", payment_status: "authorized", fulfillment_status: "not_fulfilled" })).toBe("awaitingPayment")
    expect(orderStatus({ status: "pending", payment_status: "not_paid", fulfillment_status: "not_fulfilled" })).toBe("awaitingPayment")
  })

  it("moves on as payment and delivery move on", () => {
    expect(orderStatus({ status: "pending", payment_status: "captured", fulfillment_status: "not_fulfilled" })).toBe("paid")
    expect(orderStatus({ status: "pending", payment_status: "captured", fulfillment_status: "shipped" })).toBe("shipped")
    expect(orderStatus({ status: "pending", payment_status: "captured", fulfillment_status: "delivered" })).toBe("delivered")
    expect(orderStatus({ status: "completed", payment_status: "captured", fulfillment_status: "fulfilled" })).toBe("completed")
  })

  it("puts cancellation and refunds above everything else", () => {
    expect(orderStatus({ status: "canceled", payment_status: "captured", fulfillment_status: "delivered" })).toBe("canceled")
    expect(orderStatus({ status: "pending", payment_status: "refunded", fulfillment_status: "delivered" })).toBe("refunded")
  })

  it("falls back to processing when statuses are unknown", () => {
    expect(orderStatus({ status: "pending" })).toBe("processing")
  })
})
