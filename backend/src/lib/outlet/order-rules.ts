import { formatRupiah } from "../notifications/rupiah"
import { jakartaDay } from "../jakarta-time"

/** What an outlet's order must respect. */
export type OutletOrderTerms = {
  minimum_order_value: number
  case_packs: { product_id: string; units: number }[]
}

/** One line as priced for the outlet (wholesale unit price, whole rupiah). */
export type OutletOrderLine = { product_id: string; title: string; quantity: number; unit_price: number }

const english = (locale?: string | null) => !!locale && locale.toLowerCase().startsWith("en")

/**
 * Why the order can't be placed, in the buyer's language (Indonesian unless
 * the locale is English), or an empty list. Case packs first, per product
 * (lines of one product add up), then the minimum on the goods' total.
 */
export function outletOrderProblems(lines: OutletOrderLine[], terms: OutletOrderTerms, locale?: string | null): string[] {
  const en = english(locale)
  const problems: string[] = []
  const byProduct = new Map<string, { title: string; quantity: number }>()
  for (const line of lines) {
    const seen = byProduct.get(line.product_id)
    byProduct.set(line.product_id, { title: seen?.title ?? line.title, quantity: (seen?.quantity ?? 0) + line.quantity })
  }
  for (const [productId, { title, quantity }] of byProduct) {
    const units = terms.case_packs.find((p) => p.product_id === productId)?.units
    if (units && units > 1 && quantity % units !== 0) {
      problems.push(en ? `${title} is sold in cartons of ${units}` : `${title} dijual per karton isi ${units}`)
    }
  }
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unit_price, 0)
  const short = terms.minimum_order_value - total
  if (short > 0) {
    const min = formatRupiah(terms.minimum_order_value)
    problems.push(en ? `Minimum order ${min}; ${formatRupiah(short)} short` : `Pesanan minimum ${min}; kurang ${formatRupiah(short)}`)
  }
  return problems
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The invoice's due date: the order date plus the outlet's terms, as a Jakarta calendar day (YYYY-MM-DD). */
export function invoiceDueDate(orderedAt: Date, termsDays: number): string {
  return jakartaDay(new Date(orderedAt.getTime() + termsDays * DAY_MS))
}
