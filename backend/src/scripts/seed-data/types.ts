import type { CohortAddress, CohortFields } from "../../workflows/cohort/types"
import type { FoodLabelInput } from "../../workflows/product/additional-data"

/** Subcategory handles a product can sit in; parents are in categories.ts. */
export type SubcategoryHandle = "pisang" | "tempe" | "tali-meiwa" | "eceng-gondok"

/** Option titles used across the catalog; English terms live in option-terms.ts. */
export type OptionTitle = "Rasa" | "Ukuran" | "Berat bersih" | "Warna"

export type CategorySeed = {
  handle: string
  name: string
  description: string
  rank: number
  en: { name: string; description: string }
  children?: Omit<CategorySeed, "children">[]
}

export type CohortSeed = Omit<CohortFields, "image_url" | "status" | "metadata"> & {
  /** File name under images/cohorts/. */
  image: string
  address: CohortAddress
  en: { name: string; tagline: string; story: string }
}

export type VariantSeed = {
  sku: string
  /** Option title → value, one entry per product option. */
  options: Partial<Record<OptionTitle, string>>
  /** Whole rupiah, tax inclusive. */
  price: number
  /** Packed weight in grams, for shipping. */
  weight: number
  /** Units on hand at the cohort's stock location. */
  stock: number
}

export type FoodLabelText = Pick<FoodLabelInput, "ingredients" | "allergens" | "storage">

export type ProductSeed = {
  handle: string
  /** Handle of the cohort that makes it. */
  cohort: string
  category: SubcategoryHandle
  title: string
  subtitle: string
  description: string
  material?: string
  /** File name under images/products/. */
  image: string
  options: { title: OptionTitle; values: string[] }[]
  variants: VariantSeed[]
  food_label?: FoodLabelInput
  en: {
    title: string
    subtitle: string
    description: string
    material?: string
    food_label?: FoodLabelText
  }
}
