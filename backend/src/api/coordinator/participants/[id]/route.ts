import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type { ProductionModuleService } from "../../../../modules/production/service"
import { updateParticipantWorkflow } from "../../../../workflows/production/update-participant"
import type { CoordinatorRequest } from "../../cohort-scope"
import { PARTICIPANT_FIELDS } from "../route"
import type { CoordinatorUpdateParticipantType } from "../validators"
import type { CoordinatorParticipantResponse } from "@karya-binaan/contract"

export const POST = async (req: CoordinatorRequest<CoordinatorUpdateParticipantType>, res: MedusaResponse<CoordinatorParticipantResponse>) => {
  const production = req.scope.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  // Read within the coordinator's cohorts: another cohort's participant answers like one that doesn't exist.
  const [found] = await production.listParticipants({ id: req.params.id, cohort_id: req.coordinator.cohort_ids }, { select: ["id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Peserta tidak ditemukan")
  await updateParticipantWorkflow(req.scope).run({ input: { id: found.id, ...req.validatedBody } })
  const participant = await production.retrieveParticipant(found.id, { select: [...PARTICIPANT_FIELDS] })
  res.json({ participant })
}
