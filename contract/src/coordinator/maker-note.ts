import type { PaginatedResponse } from "../common/list"

export type MakerNoteStatus = "pending" | "approved" | "rejected"

/**
 * A note as its cohort's coordinator moderates it: never the buyer's email,
 * phone, address or full name; only the first name they chose to give.
 */
export type CoordinatorMakerNote = {
  id: string
  cohort_id: string
  author_kind: "customer" | "outlet"
  first_name: string | null
  message: string
  status: MakerNoteStatus
  created_at: string
  moderated_at: string | null
}

export type CoordinatorMakerNoteListResponse = PaginatedResponse & { notes: CoordinatorMakerNote[] }
export type CoordinatorMakerNoteResponse = { note: CoordinatorMakerNote }
