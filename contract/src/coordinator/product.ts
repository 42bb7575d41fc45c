import type { DateTime } from "../common/date-time"
import type { FoodLabel } from "../common/food-label"
import type { PaginatedResponse } from "../common/list"

/** Where a listing stands: the portal's word for a product's status. */
export type ListingState = "draft" | "submitted" | "published" | "rejected" | "archived"

/** The listing state, and the operator's reason when it was rejected. */
export type Listing = { state: ListingState; reason?: string }

/** The product's food label, as the coordinator edits it. */
export type CoordinatorFoodLabel = FoodLabel

/** The English texts kept in Medusa's Translation module. */
export type CoordinatorProductEnglish = {
  title?: string
  subtitle?: string
  description?: string
  food_label?: { ingredients?: string | null; allergens?: string | null; storage?: string | null }
  /** Option names and values in English, keyed by the Indonesian option title and value. */
  options?: Record<string, { title?: string; values: Record<string, string> }>
}

export type CoordinatorProductVariant = {
  id: string
  title: string
  sku: string | null
  weight: number | null
  variant_rank: number
  /** The IDR price, whole rupiah. */
  price: number | null
  prices: { amount: number; currency_code: string }[]
  options: { title: string | null; value: string }[]
  /** Taken off sale but kept for its batches and orders. */
  archived: boolean
}

/** A product of the coordinator's cohort: Medusa's own shape plus price, English texts and listing. */
export type CoordinatorProduct = {
  id: string
  cohort_id: string | null
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  thumbnail: string | null
  images: {
    url: string
    rank: number
    /** The 480 px card of the photo; null for photos stored before cards were kept per photo. */
    thumbnail_url: string | null
  }[]
  categories: { id: string; name: string }[]
  options: { id: string; title: string; values: string[] }[]
  variants: CoordinatorProductVariant[]
  food_label: CoordinatorFoodLabel | null
  en: CoordinatorProductEnglish
  description_en: string | null
  listing: Listing
  created_at: DateTime
  updated_at: DateTime
}

export type CoordinatorProductResponse = { product: CoordinatorProduct }
export type CoordinatorProductListResponse = PaginatedResponse & { products: CoordinatorProduct[] }
