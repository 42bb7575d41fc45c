import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTS } from "../catalog"
import type { ProductSeed, VariantSeed } from "../types"
import type { CategoryIds } from "./categories"
import type { CohortIds } from "./cohorts"
import { uploadImages } from "./images"
import type { StoreSetup } from "./store"

/** A variant's title: its option values in the product's option order, e.g. "M / Biru-kuning". */
export function variantTitle(product: ProductSeed, variant: VariantSeed, term = (value: string) => value): string {
  return product.options.map((option) => term(variant.options[option.title] ?? "")).join(" / ")
}

function toProductInput(product: ProductSeed, image: string, categoryId: string, store: StoreSetup) {
  return {
    title: product.title,
    subtitle: product.subtitle,
    description: product.description,
    handle: product.handle,
    status: ProductStatus.PUBLISHED,
    material: product.material,
    origin_country: "id",
    thumbnail: image,
    images: [{ url: image }],
    category_ids: [categoryId],
    shipping_profile_id: store.shippingProfileId,
    sales_channels: [{ id: store.salesChannelId }],
    options: product.options,
    // variant_rank keeps the order the seed lists sizes in; the Store API promises none otherwise.
    variants: product.variants.map((variant, rank) => ({
      variant_rank: rank,
      title: variantTitle(product, variant),
      sku: variant.sku,
      weight: variant.weight,
      manage_inventory: true,
      allow_backorder: false,
      options: variant.options as Record<string, string>,
      prices: [{ amount: variant.price, currency_code: "idr" }],
    })),
  }
}

/**
 * Creates the catalog's products that don't exist yet. One workflow run per
 * product, because its cohort and food label ride in the run's additional_data
 * (see workflows/hooks/create-products.ts). Returns how many were created.
 */
export async function seedProducts(
  container: MedusaContainer,
  store: StoreSetup,
  categories: CategoryIds,
  cohorts: CohortIds
): Promise<number> {
  const existing = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })
  const have = new Set(existing.map((p) => p.handle))
  const missing = PRODUCTS.filter((p) => !have.has(p.handle))
  const urls = await uploadImages(container, "products", missing.map((p) => p.image))

  for (const product of missing) {
    const cohort = cohorts.get(product.cohort)
    const categoryId = categories.get(product.category)
    if (!cohort || !categoryId) {
      throw new Error(`${product.handle}: cohort "${product.cohort}" or category "${product.category}" was not seeded`)
    }
    await createProductsWorkflow(container).run({
      input: {
        products: [toProductInput(product, urls.get(product.image)!, categoryId, store)],
        additional_data: { cohort_id: cohort.id, food_label: product.food_label },
      },
    })
  }
  return missing.length
}
