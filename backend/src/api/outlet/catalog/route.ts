import type { MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { outletPricingContext } from "../../../modules/outlet/price-list-rules"
import { outletRegionId } from "../../../workflows/outlet/outlet-region"
import type { OutletRequest } from "../scope"
import { OUTLET_CATALOG_PRODUCT_FIELDS, type OutletCatalogProduct } from "./query-config"
import type { OutletLocaleQueryType } from "./validators"
import type { OutletCatalogResponse } from "@karya-binaan/contract"

type ProductRow = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants?: ({ id: string; sku: string | null; title: string; calculated_price?: { calculated_amount?: number | null } | null } | null)[] | null
}

/**
 * The outlet's catalog: the products published to its channel, at its
 * wholesale prices (its price list wins where it has a price), with each
 * product's case pack; names in the asked locale.
 */
export async function GET(req: OutletRequest, res: MedusaResponse<OutletCatalogResponse>) {
  const { locale } = req.validatedQuery as OutletLocaleQueryType
  const { outlet } = req
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Independent of each other, so read together; the products need the first two.
  const [{ data: links }, regionId, { data: packs }] = await Promise.all([
    query.graph({ entity: "product_sales_channel", fields: ["product_id"], filters: { sales_channel_id: outlet.sales_channel_id } }),
    outletRegionId(req.scope),
    query.graph({ entity: "outlet_case_pack", fields: ["product_id", "units"], filters: { outlet_id: outlet.outlet_id } }),
  ])
  const ids = links.map((l: { product_id: string }) => l.product_id)
  if (!ids.length) {
    res.json({ products: [] })
    return
  }
  const { data } = await query.graph({
    entity: "product",
    fields: OUTLET_CATALOG_PRODUCT_FIELDS,
    filters: { id: ids, status: "published" },
    context: {
      variants: {
        calculated_price: QueryContext({ region_id: regionId, currency_code: "idr", ...outletPricingContext(outlet.customer_group_id, outlet.sales_channel_id) }),
      },
    },
  })
  const products: OutletCatalogProduct[] = (data as ProductRow[])
    .map((p) => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      thumbnail: p.thumbnail,
      case_pack_units: packs.find((c: { product_id: string }) => c.product_id === p.id)?.units ?? 1,
      variants: (p.variants ?? [])
        .flatMap((v) => (v ? [{ id: v.id, sku: v.sku, title: v.title, price: v.calculated_price?.calculated_amount ?? null }] : []))
        .sort((a, b) => (a.sku ?? "").localeCompare(b.sku ?? "")),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "id"))
  await applyTranslations({ localeCode: locale, objects: products, container: req.scope })
  res.json({ products })
}
