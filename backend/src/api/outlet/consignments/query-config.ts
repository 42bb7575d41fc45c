import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"

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

/**
 * An outlet's consigned stock, placement by placement, with product and batch
 * (code, expiry: what a food label shows; never who made it), product names in
 * `locale` where translated. Two reads, not one per row.
 */
export async function outletConsignmentStock(scope: MedusaContainer, outletId: string, locale?: string): Promise<ConsignmentStockRow[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: placements } = await query.graph({
    entity: "consignment_placement",
    fields: ["id", "batch_id", "variant_id", "quantity", "sold_quantity", "returned_quantity", "created_at"],
    filters: { outlet_id: outletId },
  })
  if (!placements.length) return []
  const [{ data: batches }, { data: variants }] = await Promise.all([
    query.graph({ entity: "production_batch", fields: ["id", "batch_code", "expiry_date"], filters: { id: placements.map((p) => p.batch_id) } }),
    query.graph({ entity: "product_variant", fields: ["id", "sku", "title", "product.id", "product.title"], filters: { id: placements.map((p) => p.variant_id) } }),
  ])
  await applyTranslations({ localeCode: locale, objects: variants, container: scope })
  return placements
    .map((p) => {
      const batch = batches.find((b: { id: string }) => b.id === p.batch_id)
      const variant = variants.find((v: { id: string }) => v.id === p.variant_id)
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
