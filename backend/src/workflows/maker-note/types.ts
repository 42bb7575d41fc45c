export type NoteAuthorKind = "customer" | "outlet"

export type CreateMakerNoteInput = {
  order_id: string
  author_kind: NoteAuthorKind
  /** Which of the order's cohorts; needed only when the order spans several. */
  cohort_id?: string
  first_name?: string | null
  message: string
}

export type ModerateMakerNoteInput = {
  id: string
  action: "approve" | "reject"
  /** The coordinator deciding. */
  moderated_by: string
  /** The cohorts they hold: a note of any other cohort is "not found". */
  cohort_ids: string[]
}
