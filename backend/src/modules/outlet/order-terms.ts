/** What an outlet's order must respect. */
export type OutletOrderTerms = {
  minimum_order_value: number
  case_packs: { product_id: string; units: number }[]
}

/** One line as priced for the outlet (wholesale unit price, whole rupiah). */
export type OutletOrderLine = { product_id: string; title: string; quantity: number; unit_price: number }

/** Why an outlet's order can't be placed, as data the portal words in the buyer's language. */
export type OutletOrderProblem =
  | { code: "case_pack"; product_id: string; product_title: string; units: number; quantity: number }
  | { code: "below_minimum"; minimum: number; short: number }

/**
 * Why the order can't be placed, or an empty list. Case packs first, per
 * product (lines of one product add up), then the minimum on the goods' total.
 */
export function outletOrderProblems(lines: OutletOrderLine[], terms: OutletOrderTerms): OutletOrderProblem[] {
  const problems: OutletOrderProblem[] = []
  const byProduct = new Map<string, { title: string; quantity: number }>()
  for (const line of lines) {
    const seen = byProduct.get(line.product_id)
    byProduct.set(line.product_id, { title: seen?.title ?? line.title, quantity: (seen?.quantity ?? 0) + line.quantity })
  }
  for (const [productId, { title, quantity }] of byProduct) {
    const units = terms.case_packs.find((p) => p.product_id === productId)?.units
    if (units && units > 1 && quantity % units !== 0) problems.push({ code: "case_pack", product_id: productId, product_title: title, units, quantity })
  }
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unit_price, 0)
  const short = terms.minimum_order_value - total
  if (short > 0) problems.push({ code: "below_minimum", minimum: terms.minimum_order_value, short })
  return problems
}
