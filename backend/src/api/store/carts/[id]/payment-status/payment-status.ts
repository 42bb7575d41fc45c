import type { MidtransFailureReason, StorePaymentStatusResponse } from "@karya-binaan/contract"
import type { PaymentFailure } from "../../../../../workflows/midtrans/refund-unplaced-payment"

type Session = { provider_id: string; data: Record<string, unknown> | null; created_at: string | Date }

/**
 * Where a cart's Midtrans payment stands, from what the server knows (the
 * notification moves it on; nothing here asks the gateway):
 * an order → paid; the last charge refunded unplaced, or declined at
 * Midtrans → failed with its reason; the newest Midtrans charge past its expiry (or expired at Midtrans)
 * → expired; otherwise pending.
 */
export function paymentStatusOf(input: {
  orderId: string | null
  orderAccessToken: string | null
  failure: PaymentFailure | null
  sessions: Session[]
  now?: number
}): StorePaymentStatusResponse {
  const now = input.now ?? Date.now()
  const none = { order_id: null, order_access_token: null, reason: null }
  if (input.orderId) {
    return { status: "paid", order_id: input.orderId, order_access_token: input.orderAccessToken, expires_at: null, reason: null }
  }
  const midtrans = input.sessions
    .filter((s) => s.provider_id.startsWith("pp_midtrans_") && typeof s.data?.midtrans_order_id === "string")
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  const latest = midtrans[0]
  // A charge made after the refunded one is a new attempt: its own state counts.
  if (input.failure && (!latest || new Date(latest.created_at).getTime() <= Date.parse(input.failure.at))) {
    return { ...none, status: "failed", expires_at: null, reason: input.failure.reason as MidtransFailureReason }
  }
  if (!latest) return { ...none, status: "pending", expires_at: null }
  const expiresAt = typeof latest.data?.expires_at === "string" ? latest.data.expires_at : null
  if (["deny", "failure"].includes(String(latest.data?.transaction_status))) {
    return { ...none, status: "failed", expires_at: expiresAt, reason: "declined" }
  }
  const lapsed = ["expire", "cancel"].includes(String(latest.data?.transaction_status)) || (expiresAt !== null && Date.parse(expiresAt) <= now)
  return { ...none, status: lapsed ? "expired" : "pending", expires_at: expiresAt }
}
