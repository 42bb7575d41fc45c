import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "@/i18n/routing"
import type { Category } from "@/lib/types/category"
import { medusaFetch } from "./fetch"
import { categoryTree } from "./reshape-category"
import { TAGS } from "./tags"

const FIELDS = "id,name,handle,description,rank,parent_category_id,*category_children"

/** The whole category tree; it is small, so every page shares one cached read. */
export async function listCategories(locale: AppLocale): Promise<Category[]> {
  const { product_categories } = await medusaFetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    locale,
    tags: [TAGS.categories],
    query: { fields: FIELDS, limit: 100 },
  })
  return categoryTree(product_categories)
}

/** A category by handle with its parent (for the breadcrumb), or null. */
export async function getCategory(handle: string, locale: AppLocale): Promise<{ category: Category; parent: Category | null } | null> {
  for (const top of await listCategories(locale)) {
    if (top.handle === handle) return { category: top, parent: null }
    const child = top.children.find((c) => c.handle === handle)
    if (child) return { category: child, parent: top }
  }
  return null
}
