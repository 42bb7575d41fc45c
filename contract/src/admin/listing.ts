import type { DateTime } from "../common/date-time"
import type { PaginatedResponse } from "../common/list"
import type { Listing } from "../coordinator/product"

/** A product in the operator's review queue, with its cohort. */
export type AdminListing = {
  id: string
  title: string
  thumbnail: string | null
  updated_at: DateTime
  cohort: { id: string; name: string } | null
  listing: Listing
}

export type AdminListingListResponse = PaginatedResponse & { products: AdminListing[] }

/** The product after an operator's decision (publish or reject). */
export type AdminListingDecisionResponse = { product: { id: string; title: string; status: string; listing: Listing } }
