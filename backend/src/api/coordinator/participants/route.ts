import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import { createParticipantsWorkflow } from "../../../workflows/production/create-participants"
import type { CoordinatorRequest } from "../cohort-scope"
import type { CoordinatorCreateParticipantType, CoordinatorGetParticipantsParamsType } from "./validators"
import type { CoordinatorParticipantListResponse } from "@karya-binaan/contract"

// status, area, joined_on, left_on: the impact profile (issue 17), edited on the portal's participants page.
export const PARTICIPANT_FIELDS = ["id", "code", "display_name", "active", "cohort_id", "created_at", "status", "area", "joined_on", "left_on"] as const

// The cohort_id of both routes is checked against the coordinator's cohorts in ./middlewares.ts.
export const GET = async (req: CoordinatorRequest<unknown, CoordinatorGetParticipantsParamsType>, res: MedusaResponse<CoordinatorParticipantListResponse>) => {
  const participants = await req.scope
    .resolve<ProductionModuleService>(PRODUCTION_MODULE)
    .listParticipants({ cohort_id: req.validatedQuery.cohort_id }, { select: [...PARTICIPANT_FIELDS], order: { code: "ASC" } })
  res.json({ participants })
}

export const POST = async (req: CoordinatorRequest<CoordinatorCreateParticipantType>, res: MedusaResponse) => {
  const { cohort_id, display_name, active } = req.validatedBody
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
