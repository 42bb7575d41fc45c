/** A product of the outlet's catalog as the portal shows it: wholesale prices, its carton size. */
export type OutletCatalogVariant = { id: string; sku: string | null; title: string; price: number | null }
export type OutletCatalogProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  case_pack_units: number
  variants: OutletCatalogVariant[]
}

/**
 * The product fields the catalog reads; `calculated_price` is priced with the
 * outlet's customer group in context, as its buyer's cart is, so page and order agree.
 */
export const OUTLET_CATALOG_PRODUCT_FIELDS = ["id", "title", "handle", "thumbnail", "variants.id", "variants.sku", "variants.title", "variants.calculated_price.*"]
