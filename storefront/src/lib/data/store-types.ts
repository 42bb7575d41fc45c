import type { HttpTypes } from "@medusajs/types"
import type { CohortArea, CraftLine, FacilityType } from "@/lib/types/cohort"
import type { HalalStatus } from "@/lib/types/product"

// Wire shapes of this project's own modules (cohort, food_label), which
// @medusajs/types cannot know. Core shapes come from @medusajs/types.

export type StoreCohort = {
  id: string
  handle: string
  name: string
  facility_name: string
  facility_type: FacilityType
  area: CohortArea
  craft_line: CraftLine
  tagline: string
  story: string
  image_url: string | null
}

export type StoreCohortProduct = { id: string; handle: string; title: string; thumbnail: string | null }

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

export type StoreCohortListResponse = { cohorts: StoreCohort[]; count: number; offset: number; limit: number }
export type StoreCohortResponse = { cohort: StoreCohort & { products: StoreCohortProduct[] } }
