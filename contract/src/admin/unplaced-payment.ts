import type { DateTime } from "../common/date-time"

/** Why a paid Midtrans charge went back without an order. */
export type UnplacedPaymentReason = "out_of_stock" | "already_paid"

/**
 * A Midtrans payment that arrived but placed no order, refunded in full through
 * Midtrans (GET /admin/unplaced-payments): the stock sold out while the
 * shopper paid, or the cart had already been paid another way. Medusa keeps no
 * payment for it, so this is where operators reconcile it with Midtrans.
 */
export type UnplacedPayment = {
  cart_id: string
  email: string | null
  reason: UnplacedPaymentReason
  /** The charge's order id at Midtrans (its dashboard searches by it). */
  midtrans_order_id: string
  /** qris, gopay, shopeepay, va-bca…; null on refunds recorded before it was kept. */
  method: string | null
  amount: number
  refunded_at: DateTime
}

export type UnplacedPaymentListResponse = { unplaced_payments: UnplacedPayment[]; count: number; limit: number; offset: number }
