import type { StoreSearchResponse } from "@karya-binaan/contract"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../../../modules/product-search"
import type { SearchModuleService } from "../../../modules/product-search/service"
import { BASE_LOCALE } from "../../../modules/product-search/text"
import type { StoreSearchParamsType } from "./validators"

/**
 * Ranked, typo-tolerant product search in both languages. The index only
 * proposes: each hit is confirmed published and in the caller's sales channel
 * (the publishable key's) on Medusa's own data, so a stale index entry never
 * shows a draft or another channel's product.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchParamsType>, res: MedusaResponse<StoreSearchResponse>) => {
  const { q, limit, offset } = req.validatedQuery as StoreSearchParamsType
  // Medusa puts ?locale= on req.locale (checked by the route's middleware).
  const locale = req.locale === "en-US" ? "en-US" : BASE_LOCALE
  const channels = req.publishable_key_context.sales_channel_ids
  const search = req.scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const { hits, count, suggestion } = await search.search(q, { locale, limit, offset, sales_channel_ids: channels })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = hits.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "sales_channels.id"],
        filters: { id: hits.map((h) => h.product_id), status: "published" },
      })
    : { data: [] }
  const visible = new Set(
    (data as { id: string; sales_channels?: ({ id: string } | null)[] }[])
      .filter((p) => (p.sales_channels ?? []).some((s) => s && channels.includes(s.id)))
      .map((p) => p.id)
  )
  const products = hits
    .filter((h) => visible.has(h.product_id))
    .map((h) => ({ id: h.product_id, handle: h.handle, matched_locale: h.locale }))
  res.json({
    products,
    count: count - (hits.length - products.length),
    limit,
    offset,
    locale,
    suggestion,
    other_locale_count: products.filter((p) => p.matched_locale !== locale).length,
  })
}
