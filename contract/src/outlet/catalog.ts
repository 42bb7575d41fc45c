/** A variant at the outlet's wholesale price (whole rupiah); null when it has none. */
export type OutletCatalogVariant = { id: string; sku: string | null; title: string; price: number | null }

/** A product published to the outlet's channel, with how many units a carton holds. */
export type OutletCatalogProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  case_pack_units: number
  variants: OutletCatalogVariant[]
}

export type OutletCatalogResponse = { products: OutletCatalogProduct[] }
