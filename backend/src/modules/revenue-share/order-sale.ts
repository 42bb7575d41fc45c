/** One order line as the revenue share sees it. */
export type SaleLine = {
  id: string
  title: string
  product_id: string | null
  variant_id: string | null
  quantity: number
  /** After discounts, before tax, shipping excluded, whole rupiah; null once every unit came back. */
  net_revenue: number | null
  /** The cohort that made the product (cohort ↔ product link); lines without one are not shared. */
  cohort_id: string | null
}
export type MoneyEvent = { id: string; amount: number; created_at: Date }
export type OrderSale = {
  id: string
  display_id: number
  status: string
  created_at: Date
  canceled_at: Date | null
  sales_channel_id: string
  lines: SaleLine[]
  captures: MoneyEvent[]
  refunds: MoneyEvent[]
}

/**
 * A line's net revenue: Medusa's subtotal (prices here include a 0% tax; the
 * subtotal is net of tax either way) less the line's discounts before tax.
 * Medusa prorates both to the units not returned; the share was allocated on
 * the whole line, so they are scaled back to the ordered quantity.
 */
export function lineNetRevenue(item: { quantity: number; subtotal: number; discount_subtotal: number; returned: number }): number | null {
  const kept = item.quantity - item.returned
  if (kept <= 0) return null
  return Math.round(((item.subtotal - item.discount_subtotal) * item.quantity) / kept)
}

/** Order lines the revenue share splits: made by a cohort and with revenue left after discounts. */
export const sharedLines = (sale: OrderSale) => sale.lines.filter((l) => l.cohort_id && (l.net_revenue ?? 0) > 0)
