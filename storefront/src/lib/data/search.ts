import "server-only"
import type { StoreSearchResponse } from "@karya-binaan/contract"
import type { AppLocale } from "@/i18n/routing"
import type { ProductCard } from "@/lib/types/product"
import { PAGE_SIZE } from "@/lib/util/catalog-params"
import { medusaFetch } from "./fetch"
import { listProducts } from "./products"
import { orderedLike } from "./search-order"
import { TAGS } from "./tags"

export type SearchResults = {
  products: ProductCard[]
  count: number
  /** The query with its typos corrected, to offer as "did you mean". */
  suggestion: string | null
  /** Hits on this page that matched only through the other language's text. */
  otherLocaleCount: number
}

/**
 * One page of ranked search results: the backend's search (GET /store/search)
 * decides which products and in what order; their cards come from the product
 * list as everywhere else, put back in the search's order.
 */
export async function searchProducts(locale: AppLocale, q: string, page = 1): Promise<SearchResults> {
  const found = await medusaFetch<StoreSearchResponse>("/store/search", {
    locale,
    tags: [TAGS.products, TAGS.cohorts],
    query: { q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  })
  const ids = found.products.map((p) => p.id)
  const cards = ids.length ? (await listProducts(locale, { ids, limit: ids.length })).products : []
  return {
    products: orderedLike(ids, cards),
    count: found.count,
    suggestion: found.suggestion,
    otherLocaleCount: found.other_locale_count,
  }
}
