import type { MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorMakerNoteListResponse } from "@karya-binaan/contract"
import { MAKER_NOTE_MODULE } from "../../../modules/maker-note"
import type { MakerNoteModuleService } from "../../../modules/maker-note/service"
import type { CoordinatorRequest } from "../cohort-scope"
import { COORDINATOR_NOTE_FIELDS, toCoordinatorNote } from "./fields"
import type { CoordinatorGetNotesParamsType } from "./validators"

/** Notes to the coordinator's cohorts (one of them with cohort_id, checked in ./middlewares.ts), pending first, newest first within, a page at a time. */
export const GET = async (req: CoordinatorRequest<unknown, CoordinatorGetNotesParamsType>, res: MedusaResponse<CoordinatorMakerNoteListResponse>) => {
  const { status, cohort_id, limit, offset } = req.validatedQuery
  const [notes, count] = await req.scope
    .resolve<MakerNoteModuleService>(MAKER_NOTE_MODULE)
    .listModerationQueue({ cohort_ids: cohort_id ? [cohort_id] : req.coordinator.cohort_ids, status }, { select: COORDINATOR_NOTE_FIELDS, limit, offset })
  res.json({ notes: notes.map(toCoordinatorNote), count, limit, offset })
}
