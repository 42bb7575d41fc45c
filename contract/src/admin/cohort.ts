import type { DateTime } from "../common/date-time"
import type { StoreCohort } from "../store/cohort"

export type CohortStatus = "pending" | "active" | "inactive"

/** A cohort as operators manage it: the public profile plus status and its stock location. */
export type AdminCohort = StoreCohort & {
  status: CohortStatus
  metadata: Record<string, unknown> | null
  created_at: DateTime
  updated_at: DateTime
  stock_location: { id: string; name: string } | null
}

export type AdminCohortResponse = { cohort: AdminCohort }

/** `fields` may narrow what a list sends, so every field but the id is optional; paging as on the store list. */
export type AdminCohortListResponse = {
  cohorts: (Pick<AdminCohort, "id"> & Partial<AdminCohort>)[]
  count?: number
  offset?: number
  limit?: number
}
