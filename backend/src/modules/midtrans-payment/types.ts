/** Registration options (medusa-config.ts): the keys, and which method this registration charges. */
export type MidtransOptions = {
  serverKey: string
  clientKey: string
  isProduction?: boolean
  method: MidtransMethodId
}

export type MidtransMethodId = "qris" | "gopay" | "shopeepay" | "va-bca" | "va-bni" | "va-bri" | "va-mandiri"
export const MIDTRANS_METHOD_IDS: MidtransMethodId[] = ["qris", "gopay", "shopeepay", "va-bca", "va-bni", "va-bri", "va-mandiri"]

/**
 * `payment_session.data` after initiate: what the shopper needs to pay.
 * Same shape as MidtransSessionData in @karya-binaan/contract (the storefront
 * reads it; the payment-status route checks the two agree at compile time).
 */
export type MidtransSessionData = {
  method: "qris" | "gopay" | "shopeepay" | "va"
  bank?: "bca" | "bni" | "bri" | "mandiri"
  midtrans_order_id: string
  transaction_id: string
  transaction_status: string
  amount: number
  expires_at: string
  qr_string?: string
  /** GoPay's charge gives no QR string, only the address of its QR image (https, on Midtrans's API host). */
  qr_code_url?: string
  deeplink_url?: string
  va_number?: string
  bill_key?: string
  biller_code?: string
}
