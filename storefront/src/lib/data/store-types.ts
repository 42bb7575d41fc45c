import type { StoreCohort } from "@karya-binaan/contract"
import type { HttpTypes } from "@medusajs/types"
import type { HalalStatus } from "@/lib/types/product"

// Wire shapes of this project's own modules (food_label) on Medusa's store
// routes, which @medusajs/types cannot know. Core shapes come from @medusajs/types.

// Our own routes' answers (/store/cohorts) are declared once, in the backend's contract.
export type { StoreCohort, StoreCohortListResponse, StoreCohortProduct, StoreCohortResponse } from "@karya-binaan/contract"

export type StoreFoodLabel = {
  pirt_number: string | null
  halal_status: HalalStatus
  halal_certificate_number: string | null
  shelf_life_days: number
  ingredients: string
  allergens: string | null
  storage: string | null
}

/** A store product with the links this backend adds (`*cohort`, `*food_label`). */
export type StoreProductWithLinks = HttpTypes.StoreProduct & {
  cohort?: StoreCohort | null
  food_label?: StoreFoodLabel | null
}

