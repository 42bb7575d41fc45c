import type { DateTime } from "../common/date-time"
import type { PaginatedResponse } from "../common/list"
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

/** `fields` may narrow what is sent, so every field but the id is optional here. */
export type AdminCohortResponse = { cohort: AdminCohort }
export type AdminCohortListResponse = PaginatedResponse & { cohorts: (Pick<AdminCohort, "id"> & Partial<AdminCohort>)[] }
