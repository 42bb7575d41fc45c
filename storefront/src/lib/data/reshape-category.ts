import type { HttpTypes } from "@medusajs/types"
import type { Category } from "@/lib/types/category"

const byRank = (a: HttpTypes.StoreProductCategory, b: HttpTypes.StoreProductCategory) => (a.rank ?? 0) - (b.rank ?? 0)

export function reshapeCategory(category: HttpTypes.StoreProductCategory): Category {
  return {
    id: category.id,
    handle: category.handle,
    name: category.name,
    description: category.description ?? "",
    parentId: category.parent_category_id ?? null,
    children: [...(category.category_children ?? [])].sort(byRank).map(reshapeCategory),
  }
}

/** The top of the tree, in the operators' chosen order, each with its children. */
export function categoryTree(categories: HttpTypes.StoreProductCategory[]): Category[] {
  return categories
    .filter((c) => !c.parent_category_id)
    .sort(byRank)
    .map(reshapeCategory)
}

/** A category and every category below it: a parent's page lists its children's products too. */
export function categoryWithDescendantIds(category: Category): string[] {
  return [category.id, ...category.children.flatMap(categoryWithDescendantIds)]
}
