import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import type { OutletScope } from "./access"

export type OutletCatalogVariant = { id: string; sku: string | null; title: string; price: number | null; price_list_id: string | null }
export type OutletCatalogProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  case_pack_units: number
  variants: OutletCatalogVariant[]
}

type Calculated = { calculated_amount?: number | null; calculated_price?: { price_list_id?: string | null } | null } | null
type ProductRow = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants?: ({ id: string; sku: string | null; title: string; calculated_price?: Calculated } | null)[] | null
}

/** The region outlets buy in (the store's only one, IDR). */
export async function outletRegionId(scope: MedusaContainer): Promise<string> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id"],
    filters: { currency_code: "idr" },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Region IDR belum ada")
  return data[0].id
}

/**
 * The products published to the outlet's channel, priced as Medusa prices
 * them for the outlet's customer group: the wholesale price list wins where
 * it has a price. The same context a buyer's cart gets, so page and order agree.
 */
export async function outletCatalog(scope: MedusaContainer, outlet: OutletScope, productIds?: string[]): Promise<OutletCatalogProduct[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: outlet.sales_channel_id },
  })
  const published = links.map((l: { product_id: string }) => l.product_id)
  const ids = productIds ? published.filter((id) => productIds.includes(id)) : published
  if (!ids.length) return []
  const [regionId, { data: packs }] = await Promise.all([
    outletRegionId(scope),
    query.graph({ entity: "outlet_case_pack", fields: ["product_id", "units"], filters: { outlet_id: outlet.outlet_id } }),
  ])
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "variants.id", "variants.sku", "variants.title", "variants.calculated_price.*"],
    filters: { id: ids, status: "published" },
    context: {
      variants: {
        calculated_price: QueryContext({
          region_id: regionId,
          currency_code: "idr",
          customer: { groups: [{ id: outlet.customer_group_id }] },
        }),
      },
    },
  })
  return (data as ProductRow[])
    .map((p) => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      thumbnail: p.thumbnail,
      case_pack_units: packs.find((c: { product_id: string }) => c.product_id === p.id)?.units ?? 1,
      variants: (p.variants ?? []).flatMap((v) =>
        v
          ? [
              {
                id: v.id,
                sku: v.sku,
                title: v.title,
                price: v.calculated_price?.calculated_amount ?? null,
                price_list_id: v.calculated_price?.calculated_price?.price_list_id ?? null,
              },
            ]
          : []
      ).sort((a, b) => (a.sku ?? "").localeCompare(b.sku ?? "")),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "id"))
}
