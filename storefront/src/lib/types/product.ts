import type { HalalStatus as ApiHalalStatus } from "@karya-binaan/contract"
import type { Cohort } from "./cohort"

/** Whole rupiah, lowest and highest variant price. */
export type PriceRange = { min: number; max: number }

export type ProductCard = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  price: PriceRange | null
  cohortName: string | null
}

export type ProductOption = {
  id: string
  title: string
  values: string[]
}

export type ProductVariant = {
  id: string
  title: string
  sku: string | null
  /** option id → value */
  options: Record<string, string>
  price: number | null
  inventoryQuantity: number | null
  manageInventory: boolean
  allowBackorder: boolean
}

/** As the backend's food label says it (the contract). */
export type HalalStatus = ApiHalalStatus

export type FoodLabel = {
  pirtNumber: string | null
  halalStatus: HalalStatus
  halalCertificateNumber: string | null
  shelfLifeDays: number
  ingredients: string
  allergens: string | null
  storage: string | null
}

/** A product photo, and what the gallery's small button shows: its card-sized rendition, or the photo itself. */
export type ProductImage = { url: string; thumbnail: string }

export type Product = ProductCard & {
  subtitle: string | null
  description: string | null
  material: string | null
  images: ProductImage[]
  options: ProductOption[]
  variants: ProductVariant[]
  cohort: Cohort | null
  foodLabel: FoodLabel | null
  /** The "Berat bersih" option, when the product has one. */
  netWeightOptionId: string | null
  categories: { handle: string; name: string }[]
}
