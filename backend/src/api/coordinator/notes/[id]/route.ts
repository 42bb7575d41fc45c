import type { MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorMakerNoteResponse } from "@karya-binaan/contract"
import { moderateMakerNoteWorkflow } from "../../../../workflows/maker-note/moderate-maker-note"
import type { CoordinatorRequest } from "../../cohort-scope"
import { toCoordinatorNote } from "../fields"
import type { CoordinatorModerateNoteType } from "../validators"

/** Approve (shown on the cohort page) or reject a note; another cohort's note is a 404 like an unknown one. */
export const POST = async (req: CoordinatorRequest<CoordinatorModerateNoteType>, res: MedusaResponse<CoordinatorMakerNoteResponse>) => {
  const { result } = await moderateMakerNoteWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: req.validatedBody.action,
      moderated_by: req.coordinator.coordinator_id,
      cohort_ids: req.coordinator.cohort_ids,
    },
  })
  res.json({ note: toCoordinatorNote(result) })
}
