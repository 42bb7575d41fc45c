import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../../modules/production"
import type { ProductionModuleService } from "../../../../../modules/production/service"
import type { MoveParticipantType } from "../../../../utils/impact-schemas"
import { participantWithProfile } from "../../../../utils/participant-profile"
import { moveParticipantToCohortWorkflow } from "../../../../../workflows/impact/participant-profile"

/** Moves a released participant (or klien) to a Bapas cohort: same code, same history. */
export const POST = async (req: AuthenticatedMedusaRequest<MoveParticipantType>, res: MedusaResponse) => {
  const [found] = await req.scope.resolve<ProductionModuleService>(PRODUCTION_MODULE).listParticipants({ id: req.params.id }, { select: ["id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Peserta tidak ditemukan")
  await moveParticipantToCohortWorkflow(req.scope).run({ input: { id: found.id, cohort_id: req.validatedBody.cohort_id } })
  res.json({ participant: await participantWithProfile(req.scope, found.id) })
}
