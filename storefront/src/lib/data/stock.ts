import "server-only"
import type { AppLocale } from "@/i18n/routing"
import type { ProductVariant } from "@/lib/types/product"
import { sdk } from "./sdk"
import { storeQuery } from "./store-query"

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
  product?: { title: string | null } | null
}

/**
 * The sellable stock of variants right now, never from a cache: add-to-cart
 * and the cart page decide on it. Medusa sums it over the sales channel's
 * locations, which is what a cart can draw from.
 */
export async function variantStock(ids: string[], locale: AppLocale): Promise<Map<string, VariantStock>> {
  if (!ids.length) return new Map()
  const { variants } = await sdk().client.fetch<{ variants: StoreVariant[] }>("/store/product-variants", {
    query: storeQuery(locale, { id: ids, fields: "id,title,manage_inventory,allow_backorder,+inventory_quantity,product.title", limit: ids.length }),
    cache: "no-store",
  })
  return new Map(
    variants.map((v) => [
      v.id,
      {
        id: v.id,
        name: v.title && v.product?.title ? `${v.product.title} (${v.title})` : (v.product?.title ?? v.title ?? ""),
        manageInventory: v.manage_inventory ?? false,
        allowBackorder: v.allow_backorder ?? false,
        inventoryQuantity: v.inventory_quantity ?? null,
      },
    ])
  )
}
