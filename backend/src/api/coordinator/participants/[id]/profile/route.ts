import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../../modules/production"
import type { ProductionModuleService } from "../../../../../modules/production/service"
import type { CoordinatorRequest } from "../../../cohort-scope"
import type { UpdateParticipantProfileType } from "../../../../utils/impact-schemas"
import { participantWithProfile } from "../../../../utils/participant-profile"
import { updateParticipantProfileWorkflow } from "../../../../../workflows/impact/participant-profile"

/** Sets the impact profile of a participant of the coordinator's cohorts; another cohort's answers 404. */
export const POST = async (req: CoordinatorRequest<UpdateParticipantProfileType>, res: MedusaResponse) => {
  const production = req.scope.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const held = req.coordinator.cohort_ids
  const [found] = held.length ? await production.listParticipants({ id: req.params.id, cohort_id: held }, { select: ["id"] }) : []
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Peserta tidak ditemukan")
  await updateParticipantProfileWorkflow(req.scope).run({ input: { id: found.id, ...req.validatedBody } })
  res.json({ participant: await participantWithProfile(req.scope, found.id) })
}
