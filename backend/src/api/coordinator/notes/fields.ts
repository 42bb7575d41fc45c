import type { CoordinatorMakerNote } from "@karya-binaan/contract"

/** The only fields a coordinator reads of a note: no order id, no buyer contact. */
export const COORDINATOR_NOTE_FIELDS = ["id", "cohort_id", "author_kind", "first_name", "message", "status", "created_at", "moderated_at"] as const

type Stored = { [K in (typeof COORDINATOR_NOTE_FIELDS)[number]]: unknown }

export const toCoordinatorNote = (n: Stored): CoordinatorMakerNote => ({
  id: n.id as string,
  cohort_id: n.cohort_id as string,
  author_kind: n.author_kind as CoordinatorMakerNote["author_kind"],
  first_name: (n.first_name as string | null) ?? null,
  message: n.message as string,
  status: n.status as CoordinatorMakerNote["status"],
  created_at: new Date(n.created_at as Date).toISOString(),
  moderated_at: n.moderated_at ? new Date(n.moderated_at as Date).toISOString() : null,
})
