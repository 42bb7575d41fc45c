/**
 * When a cohort may pack an order: once it is paid (a payment captured), or
 * at once when it is an outlet's order on invoice terms (paid later, by its
 * terms). A bank transfer still "Menunggu pembayaran" is not packed: the
 * shopper was told the cohort receives the order only after payment.
 */

/** The order fields `awaitsPayment` reads (query.graph). */
export const PACKING_PAYMENT_FIELDS = ["metadata", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"]

type When = string | Date | null | undefined

export type PackingPaymentRow = {
  metadata?: Record<string, unknown> | null
  payment_collections?: ({ payments?: ({ captured_at?: When; canceled_at?: When } | null)[] | null } | null)[] | null
}

/** An outlet order placed on invoice: it carries its due date from checkout (workflows/outlet/steps/check-outlet-order.ts). */
const onInvoiceTerms = (order: PackingPaymentRow) => !!order.metadata?.outlet_id && !!order.metadata?.invoice_due_date

/** True while the order may not be packed yet: no payment captured and not on invoice terms. */
export function awaitsPayment(order: PackingPaymentRow): boolean {
  if (onInvoiceTerms(order)) return false
  const payments = (order.payment_collections ?? []).flatMap((c) => c?.payments ?? [])
  return !payments.some((p) => !!p?.captured_at && !p.canceled_at)
}

/** The refusal's sentence; the portal words its problem code (`awaiting_payment`) in the reader's language. */
export const AWAITING_PAYMENT_MESSAGE = "Pesanan ini belum dibayar. Kemas setelah pembayarannya diterima."
