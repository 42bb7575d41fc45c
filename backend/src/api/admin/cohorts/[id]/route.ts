import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCohortWorkflow } from "../../../../workflows/cohort/update-cohorts"
import { refetchCohort } from "../helpers"
import type { AdminUpdateCohortType } from "../validators"
import type { AdminCohortResponse } from "@karya-binaan/contract"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCohortResponse>) => {
  const cohort = await refetchCohort(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ cohort })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCohortType>,
  res: MedusaResponse<AdminCohortResponse>
) => {
  // 404 before the workflow, so a wrong id never reaches the module.
  await refetchCohort(req.params.id, req.scope, ["id"])
  await updateCohortWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  const cohort = await refetchCohort(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ cohort })
}
