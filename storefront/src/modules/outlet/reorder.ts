import type { OutletCatalogRow, OutletOrder } from "@/lib/types/outlet"

/**
 * A past order as cartons per variant, for "order again": quantities of each
 * variant still in the catalog, rounded up to whole cartons of today's size.
 */
export function reorderCartons(order: OutletOrder, rows: OutletCatalogRow[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of order.lines) {
    const row = rows.find((r) => r.variantId === line.variantId)
    if (!row) continue
    out[row.variantId] = (out[row.variantId] ?? 0) + line.quantity
  }
  for (const row of rows) {
    const units = out[row.variantId]
    if (units) out[row.variantId] = Math.ceil(units / row.caseUnits)
  }
  return out
}
