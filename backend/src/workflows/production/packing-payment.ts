import { PAY_AT_OUTLET_PROVIDER_ID } from "../../lib/payment-providers"

/**
 * When a cohort may pack an order: once it is paid (a payment captured), or
 * at once when it is an outlet's order on invoice terms (paid later, by its
 * terms), or at once when the shopper pays at the partner outlet on pickup
 * ("Bayar di outlet"): the goods must reach the outlet before the shopper
 * can pay for them there. A bank transfer still "Menunggu pembayaran" is not
 * packed: the shopper was told the cohort receives the order only after payment.
 */

/** The order fields `awaitsPayment` reads (query.graph). */
export const PACKING_PAYMENT_FIELDS = [
  "metadata",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.provider_id",
]


type When = string | Date | null | undefined

export type PackingPaymentRow = {
  metadata?: Record<string, unknown> | null
  payment_collections?: ({ payments?: ({ captured_at?: When; canceled_at?: When; provider_id?: string | null } | null)[] | null } | null)[] | null
}

/** An outlet order placed on invoice: it carries its due date from checkout (workflows/outlet/steps/check-outlet-order.ts). */
const onInvoiceTerms = (order: PackingPaymentRow) => !!order.metadata?.outlet_id && !!order.metadata?.invoice_due_date

/** True while the order may not be packed yet: no payment captured and not on invoice terms. */
export function awaitsPayment(order: PackingPaymentRow): boolean {
  if (onInvoiceTerms(order)) return false
  const payments = (order.payment_collections ?? []).flatMap((c) => c?.payments ?? []).filter((p) => !!p && !p.canceled_at)
  // Paid at the outlet on pickup: packed now, so the goods are there when the shopper comes.
  if (payments.some((p) => p?.provider_id === PAY_AT_OUTLET_PROVIDER_ID)) return false
  return !payments.some((p) => !!p?.captured_at)
}

/** The refusal's sentence; the portal words its problem code (`awaiting_payment`) in the reader's language. */
export const AWAITING_PAYMENT_MESSAGE = "Pesanan ini belum dibayar. Kemas setelah pembayarannya diterima."
