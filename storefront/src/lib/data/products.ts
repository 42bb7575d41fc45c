import "server-only"
import type { AppLocale } from "@/i18n/routing"
import type { Product, ProductCard } from "@/lib/types/product"
import { PAGE_SIZE, sortOrder, type SortKey } from "@/lib/util/catalog-params"
import { medusaFetch } from "./fetch"
import { getRegionId } from "./regions"
import { reshapeProduct, reshapeProductCard } from "./reshape-product"
import type { StoreProductWithLinks } from "./store-types"
import { TAGS } from "./tags"

// Cards need a price per variant and the maker's name; the page needs everything.
const CARD_FIELDS = "id,handle,title,thumbnail,*variants.calculated_price,cohort.name"
const PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.variant_rank,*variants.options,*options,*options.values,*images,*categories,*cohort,*food_label"

type ProductListResponse = { products: StoreProductWithLinks[]; count: number }

export type ProductListFilter = {
  /** Only these products (a search's hits); the answer keeps the store API's order. */
  ids?: string[]
  categoryIds?: string[]
  cohortId?: string
  q?: string
  sort?: SortKey
  page?: number
  limit?: number
}

/** One page of product cards matching a category, cohort or search. */
export async function listProducts(
  locale: AppLocale,
  { ids, categoryIds, cohortId, q, sort = "newest", page = 1, limit = PAGE_SIZE }: ProductListFilter = {}
): Promise<{ products: ProductCard[]; count: number }> {
  const { products, count } = await medusaFetch<ProductListResponse>("/store/products", {
    locale,
    // A cohort's name appears on every card, so cohort edits refresh lists too.
    tags: [TAGS.products, TAGS.cohorts],
    query: {
      region_id: await getRegionId(),
      fields: CARD_FIELDS,
      id: ids,
      category_id: categoryIds,
      cohort_id: cohortId,
      q: q || undefined,
      order: sortOrder(sort),
      limit,
      offset: (page - 1) * limit,
    },
  })
  return { products: products.map(reshapeProductCard), count }
}

/** A published product by handle, or null. */
export async function getProduct(handle: string, locale: AppLocale): Promise<Product | null> {
  const { products } = await medusaFetch<ProductListResponse>("/store/products", {
    locale,
    tags: [TAGS.products, TAGS.cohorts],
    query: { handle, region_id: await getRegionId(), fields: PRODUCT_FIELDS, limit: 1 },
  })
  const product = products[0]
  return product ? reshapeProduct(product) : null
}
