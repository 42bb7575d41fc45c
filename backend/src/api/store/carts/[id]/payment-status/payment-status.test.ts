import { describe, expect, it } from "vitest"
import { paymentStatusOf } from "./payment-status"

const session = (data: Record<string, unknown>, created_at = "2026-12-03T06:00:00Z") => ({ provider_id: "pp_midtrans_qris", data: { midtrans_order_id: "o", ...data }, created_at })
const NOW = Date.parse("2026-12-03T06:10:00Z")

describe("payment status of a cart", () => {
  it("is paid with the order once there is one", () => {
    expect(paymentStatusOf({ orderId: "order_1", orderAccessToken: "tok", failure: null, sessions: [] })).toEqual({
      status: "paid", order_id: "order_1", order_access_token: "tok", expires_at: null, reason: null,
    })
  })
  it("is pending until the charge's expiry, expired after it or when Midtrans expired it", () => {
    const open = session({ expires_at: "2026-12-03T06:15:00.000Z", transaction_status: "pending" })
    expect(paymentStatusOf({ orderId: null, orderAccessToken: null, failure: null, sessions: [open], now: NOW })).toMatchObject({ status: "pending", expires_at: "2026-12-03T06:15:00.000Z" })
    expect(paymentStatusOf({ orderId: null, orderAccessToken: null, failure: null, sessions: [open], now: NOW + 6 * 60_000 }).status).toBe("expired")
    expect(paymentStatusOf({ orderId: null, orderAccessToken: null, failure: null, sessions: [session({ ...open.data, transaction_status: "expire" })], now: NOW }).status).toBe("expired")
  })
  it("is failed with the reason after a refunded late payment, until a newer charge is made", () => {
    const failure = { reason: "out_of_stock" as const, midtrans_order_id: "o", amount: 40000, at: "2026-12-03T06:05:00Z" }
    expect(paymentStatusOf({ orderId: null, orderAccessToken: null, failure, sessions: [], now: NOW })).toMatchObject({ status: "failed", reason: "out_of_stock" })
    const newer = session({ expires_at: "2026-12-03T06:20:00.000Z" }, "2026-12-03T06:07:00Z")
    expect(paymentStatusOf({ orderId: null, orderAccessToken: null, failure, sessions: [newer], now: NOW })).toMatchObject({ status: "pending", reason: null })
  })
})
