import "server-only"
import type { CoordinatorMakerNote, CoordinatorMakerNoteListResponse } from "@karya-binaan/contract"
import { portalRead } from "./read"

/** The thank-you notes to one of the coordinator's cohorts, pending first (the backend's order). */
export async function listNotes(cohortId: string): Promise<CoordinatorMakerNote[]> {
  const { notes } = await portalRead<CoordinatorMakerNoteListResponse>("/coordinator/notes", { cohort_id: cohortId })
  return notes
}
