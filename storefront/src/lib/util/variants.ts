import type { Product, ProductVariant } from "@/lib/types/product"

type VariantSource = Pick<Product, "variants">

/**
 * The variant a product page shows: the one named in ?variant=, else the
 * first one in stock, else the first. Unknown ids fall back the same way, so
 * an old link never breaks the page.
 */
export function selectedVariant(product: VariantSource, variantId: string | undefined): ProductVariant | undefined {
  const named = variantId ? product.variants.find((v) => v.id === variantId) : undefined
  if (named) return named
  const inStock = product.variants.find((v) => !v.manageInventory || v.allowBackorder || (v.inventoryQuantity ?? 1) > 0)
  return inStock ?? product.variants[0]
}

/**
 * The variant a shopper gets by choosing `value` for one option while keeping
 * their other choices; when that exact combination doesn't exist, the first
 * variant with the chosen value. Undefined when no variant has that value.
 */
export function variantForOption(
  product: VariantSource,
  current: ProductVariant | undefined,
  optionId: string,
  value: string
): ProductVariant | undefined {
  const wanted = { ...current?.options, [optionId]: value }
  const exact = product.variants.find((v) => Object.entries(wanted).every(([id, val]) => v.options[id] === val))
  return exact ?? product.variants.find((v) => v.options[optionId] === value)
}
