import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { coordinatorCohortIds } from "../../../../lib/coordinator/access"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type { ProductionModuleService } from "../../../../modules/production/service"
import { updateParticipantWorkflow } from "../../../../workflows/production/update-participant"
import { PARTICIPANT_FIELDS } from "../route"
import type { CoordinatorUpdateParticipantType } from "../validators"
import type { CoordinatorParticipantResponse } from "@karya-binaan/contract"

export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorUpdateParticipantType>, res: MedusaResponse<CoordinatorParticipantResponse>) => {
  const production = req.scope.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const [found] = await production.listParticipants({ id: req.params.id }, { select: ["id", "cohort_id"] })
  const cohorts = await coordinatorCohortIds(req.scope, req.auth_context.actor_id)
  // Another cohort's participant answers like one that doesn't exist.
  if (!found || !cohorts.includes(found.cohort_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Peserta tidak ditemukan")
  }
  await updateParticipantWorkflow(req.scope).run({ input: { id: found.id, ...req.validatedBody } })
  const participant = await production.retrieveParticipant(found.id, { select: [...PARTICIPANT_FIELDS] })
  res.json({ participant })
}
