export type QuickOrderLine = { variant_id: string; quantity: number }

/** Units of one product in one order, as POST /outlet/orders allows. */
export const MAX_LINE_UNITS = 10_000

export type QuickOrderParse =
  | { ok: true; data: { items: QuickOrderLine[]; po_number: string; delivery: "delivery" | "pickup" } }
  | { ok: false; errors: Record<string, string> }

/**
 * The quick-order grid's form: `cartons.<variant_id>` (whole cartons) and
 * `units.<variant_id>` (carton size, from the page) become line quantities
 * in units; the backend checks the cartons and the minimum again.
 */
export function parseQuickOrder(form: FormData): QuickOrderParse {
  const errors: Record<string, string> = {}
  const items: QuickOrderLine[] = []
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("cartons.")) continue
    const raw = String(value).trim()
    if (!raw) continue
    const variantId = key.slice("cartons.".length)
    const cartons = Number(raw)
    if (!Number.isInteger(cartons) || cartons < 0 || cartons > 1000) {
      errors[key] = "cartons"
      continue
    }
    const units = Number(form.get(`units.${variantId}`) ?? 1)
    const quantity = cartons * (Number.isInteger(units) && units > 0 ? units : 1)
    // The backend takes at most this many units of a product in one order.
    if (quantity > MAX_LINE_UNITS) errors[key] = "tooManyUnits"
    else if (cartons > 0) items.push({ variant_id: variantId, quantity })
  }
  const po = String(form.get("po_number") ?? "").trim()
  if (!po) errors.po_number = "required"
  else if (po.length > 60) errors.po_number = "tooLong"
  const delivery = form.get("delivery") === "pickup" ? "pickup" : "delivery"
  if (!items.length && !Object.keys(errors).some((k) => k.startsWith("cartons."))) errors.items = "emptyOrder"
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, data: { items, po_number: po, delivery } }
}

export type ConsignmentReportParse =
  | { ok: true; data: { period_start: string; period_end: string; lines: QuickOrderLine[] } }
  | { ok: false; errors: Record<string, string> }

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The sell-through form: a period and `sold.<variant_id>` units per product (empty rows skipped). */
export function parseConsignmentReport(form: FormData): ConsignmentReportParse {
  const errors: Record<string, string> = {}
  const lines: QuickOrderLine[] = []
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("sold.")) continue
    const raw = String(value).trim()
    if (!raw) continue
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 0 || n > 100_000) errors[key] = "units"
    else if (n > 0) lines.push({ variant_id: key.slice("sold.".length), quantity: n })
  }
  const start = String(form.get("period_start") ?? "")
  const end = String(form.get("period_end") ?? "")
  if (!DAY.test(start)) errors.period_start = "date"
  if (!DAY.test(end)) errors.period_end = "date"
  else if (DAY.test(start) && end < start) errors.period_end = "periodOrder"
  if (!lines.length && !Object.keys(errors).some((k) => k.startsWith("sold."))) errors.lines = "emptyReport"
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, data: { period_start: start, period_end: end, lines } }
}
