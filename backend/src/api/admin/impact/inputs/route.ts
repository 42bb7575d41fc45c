import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IMPACT_MODULE } from "../../../../modules/impact"
import type ImpactModuleService from "../../../../modules/impact/service"
import type { CreateProgrammeInputType } from "../../../utils/impact-schemas"
import { recordProgrammeInputWorkflow } from "../../../../workflows/impact/record-programme-input"
import type { ProgrammeInputListResponse, ProgrammeInputResponse } from "@karya-binaan/contract"

const INPUT_FIELDS = ["id", "month", "kind", "amount", "sponsor", "note", "created_at"] as const

/** What the sponsor put in, month by month (newest first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<ProgrammeInputListResponse>) => {
  const inputs = await req.scope
    .resolve<ImpactModuleService>(IMPACT_MODULE)
    .listProgrammeInputs({}, { select: [...INPUT_FIELDS], order: { month: "DESC", created_at: "DESC" } })
  res.json({ inputs, count: inputs.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<CreateProgrammeInputType>, res: MedusaResponse<ProgrammeInputResponse>) => {
  const { result } = await recordProgrammeInputWorkflow(req.scope).run({ input: { ...req.validatedBody, created_by: req.auth_context.actor_id } })
  const { id, month, kind, amount, sponsor, note } = result
  res.status(201).json({ input: { id, month, kind, amount, sponsor, note } })
}
