import type { FoodLabel, StoreCohort } from "@karya-binaan/contract"
import type { HttpTypes } from "@medusajs/types"

// Wire shapes of this project's own modules (food_label) on Medusa's store
// routes, which @medusajs/types cannot know. Core shapes come from @medusajs/types.

// Our own routes' answers (/store/cohorts) are declared once, in the backend's contract.
export type { StoreCohort, StoreCohortListResponse, StoreCohortProduct, StoreCohortResponse } from "@karya-binaan/contract"

export type StoreFoodLabel = FoodLabel

/** A store product with the links this backend adds (`*cohort`, `*food_label`). */
export type StoreProductWithLinks = HttpTypes.StoreProduct & {
  cohort?: StoreCohort | null
  food_label?: StoreFoodLabel | null
}

