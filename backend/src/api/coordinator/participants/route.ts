import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCohortAccess } from "../../../lib/coordinator/access"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import { createParticipantsWorkflow } from "../../../workflows/production/create-participants"
import type { CoordinatorCreateParticipantType } from "./validators"
import type { CoordinatorParticipantListResponse } from "@karya-binaan/contract"

export const PARTICIPANT_FIELDS = ["id", "code", "display_name", "active", "cohort_id", "created_at"] as const

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorParticipantListResponse>) => {
  const { cohort_id } = req.validatedQuery as { cohort_id: string }
  await assertCohortAccess(req, cohort_id)
  const participants = await req.scope
    .resolve<ProductionModuleService>(PRODUCTION_MODULE)
    .listParticipants({ cohort_id }, { select: [...PARTICIPANT_FIELDS], order: { code: "ASC" } })
  res.json({ participants })
}

export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorCreateParticipantType>, res: MedusaResponse) => {
  const { cohort_id, display_name, active } = req.validatedBody
  await assertCohortAccess(req, cohort_id)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cohort",
    fields: ["area"],
    filters: { id: cohort_id },
  })
  const { result } = await createParticipantsWorkflow(req.scope).run({
    input: { cohort_id, cohort_area: data[0].area, participants: [{ display_name, active }] },
  })
  const [participant] = result
  res.status(201).json({
    participant: Object.fromEntries(PARTICIPANT_FIELDS.map((f) => [f, participant[f]])),
  })
}
