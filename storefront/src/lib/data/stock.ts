import "server-only"
import type { AppLocale } from "@/i18n/routing"
import type { ProductVariant } from "@/lib/types/product"
import { medusaFetch } from "./fetch"
import { sdk } from "./sdk"
import { storeQuery } from "./store-query"
import { TAGS } from "./tags"

export type VariantStock = Pick<ProductVariant, "manageInventory" | "allowBackorder" | "inventoryQuantity"> & {
  id: string
  /** "Keripik Pisang Balado (200 g)": how messages name the variant. */
  name: string
}

type StoreVariant = {
  id: string
  title: string | null
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  inventory_quantity?: number | null
  product_id: string | null
}

/** Product titles by id, in the shopper's language; shared catalog data, so cached like the product pages. */
async function productTitles(ids: string[], locale: AppLocale): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { products } = await medusaFetch<{ products: { id: string; title: string }[] }>("/store/products", {
    locale,
    tags: [TAGS.products],
    query: { id: ids, fields: "id,title", limit: ids.length },
  })
  return new Map(products.map((p) => [p.id, p.title]))
}

/**
 * The sellable stock of variants right now, never from a cache: add-to-cart
 * and the cart page decide on it. Medusa sums it over the sales channel's
 * locations, which is what a cart can draw from.
 */
export async function variantStock(ids: string[], locale: AppLocale): Promise<Map<string, VariantStock>> {
  if (!ids.length) return new Map()
  const { variants } = await sdk().client.fetch<{ variants: StoreVariant[] }>("/store/product-variants", {
    // The store API lets a variant show its product's id, not its title: titles come from the catalog read.
    query: storeQuery(locale, { id: ids, fields: "id,title,product_id,manage_inventory,allow_backorder,+inventory_quantity", limit: ids.length }),
    cache: "no-store",
  })
  const titles = await productTitles([...new Set(variants.flatMap((v) => (v.product_id ? [v.product_id] : [])))], locale)
  const stock = new Map<string, VariantStock>()
  for (const v of variants) {
    const product = (v.product_id && titles.get(v.product_id)) || ""
    stock.set(v.id, {
      id: v.id,
      name: product && v.title ? `${product} (${v.title})` : product || (v.title ?? ""),
      manageInventory: v.manage_inventory ?? false,
      allowBackorder: v.allow_backorder ?? false,
      inventoryQuantity: v.inventory_quantity ?? null,
    })
  }
  return stock
}
