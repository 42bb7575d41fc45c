/** The Midtrans methods this marketplace offers (one payment provider each: `pp_midtrans_<method id>`). */
export type MidtransMethod = "qris" | "gopay" | "shopeepay" | "va"
export type MidtransBank = "bca" | "bni" | "bri" | "mandiri"

/**
 * `payment_session.data` of a Midtrans session once the charge exists: what
 * the shopper needs to pay (QR string, deeplink, VA number or Mandiri bill key)
 * and when it stops being payable. Amounts in whole rupiah.
 */
export type MidtransSessionData = {
  method: MidtransMethod
  bank?: MidtransBank
  midtrans_order_id: string
  transaction_id: string
  transaction_status: string
  amount: number
  expires_at: string
  qr_string?: string
  /** GoPay: the address of the QR image Midtrans draws (its charge has no QR string). */
  qr_code_url?: string
  deeplink_url?: string
  va_number?: string
  bill_key?: string
  biller_code?: string
}

/**
 * Why a Midtrans payment failed: the stock ran out while the shopper paid, or
 * the cart was already paid another way (both: the money went back through
 * Midtrans), or Midtrans declined the payment.
 */
export type MidtransFailureReason = "out_of_stock" | "already_paid" | "declined"

/**
 * `GET /store/carts/:id/payment-status`: "paid" once the gateway's
 * notification completed the cart into an order (with an order access token,
 * as cart completion gives), "expired" when the QR or VA lapsed unpaid,
 * "failed" when the payment came but could not be kept (reason says why).
 */
export type StorePaymentStatusResponse = {
  status: "pending" | "paid" | "expired" | "failed"
  order_id: string | null
  order_access_token: string | null
  expires_at: string | null
  reason: MidtransFailureReason | null
}
