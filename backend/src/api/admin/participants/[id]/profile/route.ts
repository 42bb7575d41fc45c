import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../../modules/production"
import type { ProductionModuleService } from "../../../../../modules/production/service"
import type { UpdateParticipantProfileType } from "../../../../utils/impact-schemas"
import { participantWithProfile } from "../../../../utils/participant-profile"
import { updateParticipantProfileWorkflow } from "../../../../../workflows/impact/participant-profile"

/** Sets a participant's status, area, joined and left dates (any cohort). */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateParticipantProfileType>, res: MedusaResponse) => {
  const [found] = await req.scope.resolve<ProductionModuleService>(PRODUCTION_MODULE).listParticipants({ id: req.params.id }, { select: ["id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Peserta tidak ditemukan")
  await updateParticipantProfileWorkflow(req.scope).run({ input: { id: found.id, ...req.validatedBody } })
  res.json({ participant: await participantWithProfile(req.scope, found.id) })
}
