/** An approved thank-you on a cohort's page: the first name the buyer gave, or null (shown as "Pembeli" / "A buyer"). */
export type StoreMakerNote = { id: string; first_name: string | null; message: string; approved_at: string }

export type StoreMakerNoteListResponse = { notes: StoreMakerNote[] }

/** What the buyer sees after sending: the note waits for the coordinator. */
export type StoreMakerNoteCreatedResponse = {
  note: { id: string; cohort_id: string; status: "pending"; first_name: string | null; message: string }
}

/**
 * The cohorts an order can thank (GET /store/orders/:id/notes, /outlet/orders/:id/notes),
 * each with the note already sent from this order, if any.
 */
export type OrderNoteCohort = {
  id: string
  name: string
  handle: string
  note: { id: string; status: "pending" | "approved" | "rejected"; message: string } | null
}
export type OrderNoteCohortsResponse = { cohorts: OrderNoteCohort[] }
