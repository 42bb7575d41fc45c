/**
 * An outlet's consigned stock, placement by placement, with its batch (code,
 * expiry: what a food label shows; never who made it) and the product, read
 * through the placement → batch → variant links in one query.
 */
export const CONSIGNMENT_STOCK_FIELDS = [
  "id",
  "variant_id",
  "quantity",
  "sold_quantity",
  "returned_quantity",
  // Ids on every level: translations reach nested records only through records with an id.
  "production_batch.id",
  "production_batch.batch_code",
  "production_batch.expiry_date",
  "production_batch.product_variant.id",
  "production_batch.product_variant.sku",
  "production_batch.product_variant.title",
  "production_batch.product_variant.product.id",
  "production_batch.product_variant.product.title",
]

export type ConsignmentStockRow = {
  placement_id: string
  variant_id: string
  sku: string | null
  product_title: string
  variant_title: string
  batch_code: string
  expiry_date: string | null
  placed: number
  sold: number
  returned: number
  open: number
}

/** A placement as CONSIGNMENT_STOCK_FIELDS reads it (product names already in the asked locale). */
export type ConsignmentPlacementRow = {
  id: string
  variant_id: string
  quantity: number
  sold_quantity: number
  returned_quantity: number
  production_batch?: {
    id: string
    batch_code: string
    expiry_date: Date | string | null
    product_variant?: { id: string; sku: string | null; title: string; product?: { id: string; title: string } | null } | null
  } | null
}

/** The rows both the outlet's and the operator's list show: by SKU, then soonest expiry (undated last). */
export function consignmentStockRows(placements: ConsignmentPlacementRow[]): ConsignmentStockRow[] {
  return placements
    .map((p) => {
      const batch = p.production_batch
      const variant = batch?.product_variant
      return {
        placement_id: p.id,
        variant_id: p.variant_id,
        sku: variant?.sku ?? null,
        product_title: variant?.product?.title ?? "",
        variant_title: variant?.title ?? "",
        batch_code: batch?.batch_code ?? "",
        expiry_date: batch?.expiry_date ? new Date(batch.expiry_date).toISOString() : null,
        placed: p.quantity,
        sold: p.sold_quantity,
        returned: p.returned_quantity,
        open: p.quantity - p.sold_quantity - p.returned_quantity,
      }
    })
    .sort((a, b) => (a.sku ?? "").localeCompare(b.sku ?? "") || (a.expiry_date ?? "9").localeCompare(b.expiry_date ?? "9"))
}
