import type { MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorMakerNoteListResponse } from "@karya-binaan/contract"
import { MAKER_NOTE_MODULE } from "../../../modules/maker-note"
import type { MakerNoteModuleService } from "../../../modules/maker-note/service"
import type { CoordinatorRequest } from "../cohort-scope"
import { COORDINATOR_NOTE_FIELDS, toCoordinatorNote } from "./fields"
import type { CoordinatorGetNotesParamsType } from "./validators"

/** Most notes a moderation page lists at once. */
const LIMIT = 200

const PENDING_FIRST = { pending: 0, approved: 1, rejected: 2 } as const

/** Notes to the coordinator's cohorts (one of them with cohort_id, checked in ./middlewares.ts), pending first, newest first within. */
export const GET = async (req: CoordinatorRequest<unknown, CoordinatorGetNotesParamsType>, res: MedusaResponse<CoordinatorMakerNoteListResponse>) => {
  const { status, cohort_id } = req.validatedQuery
  const cohortIds = cohort_id ? [cohort_id] : req.coordinator.cohort_ids
  if (!cohortIds.length) return void res.json({ notes: [], count: 0 })
  const [notes, count] = await req.scope
    .resolve<MakerNoteModuleService>(MAKER_NOTE_MODULE)
    .listAndCountMakerNotes(
      { cohort_id: cohortIds, ...(status ? { status } : {}) },
      { select: [...COORDINATOR_NOTE_FIELDS], order: { created_at: "DESC" }, take: LIMIT }
    )
  const sorted = notes.map(toCoordinatorNote).sort((a, b) => PENDING_FIRST[a.status] - PENDING_FIRST[b.status])
  res.json({ notes: sorted, count })
}
