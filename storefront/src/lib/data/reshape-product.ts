import type { HttpTypes } from "@medusajs/types"
import type { FoodLabel, Product, ProductCard, ProductImage, ProductOption, ProductVariant } from "@/lib/types/product"
import { priceRange } from "@/lib/util/money"
import { reshapeCohort } from "./reshape-cohort"
import type { StoreFoodLabel, StoreProductWithLinks } from "./store-types"

// The net-weight option is titled in Indonesian at the source and arrives
// translated under ?locale=en-US, so both titles identify it.
const NET_WEIGHT_TITLES = new Set(["berat bersih", "net weight"])

function variantPrice(variant: HttpTypes.StoreProductVariant): number | null {
  return variant.calculated_price?.calculated_amount ?? null
}

export function reshapeProductCard(product: StoreProductWithLinks): ProductCard {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    price: priceRange((product.variants ?? []).map(variantPrice)),
    cohortName: product.cohort?.name ?? null,
  }
}

// The Store API returns variants and option values in no promised order; the
// merchant's order is `variant_rank`, and option values follow the variants
// (so "200 g" comes before "500 g" when the 200 g variant is listed first).
// A variant without a price is not for sale: a coordinator archived it (it stays
// in Medusa for its batches and orders), so the shop leaves it and its value out.
function rankedVariants(product: StoreProductWithLinks): HttpTypes.StoreProductVariant[] {
  return [...(product.variants ?? [])]
    .filter((v) => variantPrice(v) !== null)
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
}

function reshapeOption(option: HttpTypes.StoreProductOption, variants: ProductVariant[]): ProductOption {
  const values = (option.values ?? []).map((v) => v.value).filter((value) => variants.some((variant) => variant.options[option.id] === value))
  const position = (value: string) => {
    const index = variants.findIndex((variant) => variant.options[option.id] === value)
    return index === -1 ? variants.length : index
  }
  return { id: option.id, title: option.title, values: values.sort((a, b) => position(a) - position(b)) }
}

function reshapeVariant(variant: HttpTypes.StoreProductVariant): ProductVariant {
  const options: Record<string, string> = {}
  for (const value of variant.options ?? []) {
    const optionId = value.option_id ?? value.option?.id
    if (optionId) options[optionId] = value.value
  }
  return {
    id: variant.id,
    title: variant.title ?? "",
    sku: variant.sku,
    options,
    price: variantPrice(variant),
    inventoryQuantity: variant.inventory_quantity ?? null,
    manageInventory: variant.manage_inventory ?? false,
    allowBackorder: variant.allow_backorder ?? false,
  }
}

function reshapeFoodLabel(label: StoreFoodLabel): FoodLabel {
  return {
    pirtNumber: label.pirt_number || null,
    halalStatus: label.halal_status,
    halalCertificateNumber: label.halal_certificate_number || null,
    shelfLifeDays: label.shelf_life_days,
    ingredients: label.ingredients,
    allergens: label.allergens || null,
    storage: label.storage || null,
  }
}

/** The photo with its card-sized rendition, which the coordinator's upload stored in the image's metadata. */
function reshapeImage(image: { url: string; metadata?: Record<string, unknown> | null }): ProductImage {
  const card = image.metadata?.thumbnail_url
  return { url: image.url, thumbnail: typeof card === "string" && card ? card : image.url }
}

export function reshapeProduct(product: StoreProductWithLinks): Product {
  const variants = rankedVariants(product).map(reshapeVariant)
  const options = (product.options ?? []).map((option) => reshapeOption(option, variants))
  const images = [...(product.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map(reshapeImage)
  return {
    ...reshapeProductCard(product),
    subtitle: product.subtitle || null,
    description: product.description || null,
    material: product.material || null,
    images: images.length ? images : product.thumbnail ? [{ url: product.thumbnail, thumbnail: product.thumbnail }] : [],
    options,
    variants,
    cohort: product.cohort ? reshapeCohort(product.cohort) : null,
    foodLabel: product.food_label ? reshapeFoodLabel(product.food_label) : null,
    netWeightOptionId: options.find((o) => NET_WEIGHT_TITLES.has(o.title.trim().toLowerCase()))?.id ?? null,
    categories: (product.categories ?? []).map((c) => ({ handle: c.handle, name: c.name })),
  }
}
