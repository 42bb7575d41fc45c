import "server-only"
import type { CoordinatorMakerNote, CoordinatorMakerNoteListResponse } from "@karya-binaan/contract"
import { pageQuery } from "../list-page"
import { portalRead } from "./read"

/** Notes on one page of the moderation queue. */
export const NOTES_PAGE_SIZE = 20

/** One page (1-based) of the thank-you notes to one of the coordinator's cohorts, pending first (the backend's order), with how many there are. */
export async function listNotes(cohortId: string, page = 1): Promise<{ notes: CoordinatorMakerNote[]; count: number }> {
  const { notes, count } = await portalRead<CoordinatorMakerNoteListResponse>("/coordinator/notes", {
    cohort_id: cohortId,
    ...pageQuery(page, NOTES_PAGE_SIZE),
  })
  return { notes, count }
}
