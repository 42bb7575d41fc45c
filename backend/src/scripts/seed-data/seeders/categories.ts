import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { CATEGORIES } from "../categories"
import type { CategorySeed } from "../types"

/** Category id by handle. */
export type CategoryIds = Map<string, string>

const fields = ({ handle, name, description, rank }: CategorySeed) => ({
  handle,
  name,
  description,
  rank,
  is_active: true,
})

/** Creates the two-level category tree, parents first so children can point at them. */
export async function seedCategories(container: MedusaContainer): Promise<CategoryIds> {
  const product = container.resolve(Modules.PRODUCT)
  const handles = CATEGORIES.flatMap((c) => [c.handle, ...(c.children ?? []).map((k) => k.handle)])
  const existing = await product.listProductCategories({ handle: handles }, { select: ["id", "handle"] })
  const ids: CategoryIds = new Map(existing.map((c) => [c.handle, c.id]))

  const create = async (categories: ReturnType<typeof fields>[]) => {
    if (!categories.length) return
    const { result } = await createProductCategoriesWorkflow(container).run({ input: { product_categories: categories } })
    for (const category of result) ids.set(category.handle, category.id)
  }

  await create(CATEGORIES.filter((c) => !ids.has(c.handle)).map(fields))
  await create(
    CATEGORIES.flatMap((parent) =>
      (parent.children ?? [])
        .filter((child) => !ids.has(child.handle))
        .map((child) => ({ ...fields(child), parent_category_id: ids.get(parent.handle) }))
    )
  )
  return ids
}
