import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCohortAccess } from "../../../lib/coordinator/access"
import { cohortEarnings } from "../../../lib/revenue-share/earnings"
import type { CoordinatorGetEarningsParamsType } from "./validators"
import type { CohortEarningsResponse } from "@karya-binaan/contract"

/** What the cohort's sales earned over a period, per participant, bucket and order (the coordinator's cohorts only). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CohortEarningsResponse>) => {
  const { cohort_id, from, to } = req.validatedQuery as CoordinatorGetEarningsParamsType
  await assertCohortAccess(req, cohort_id)
  res.json(await cohortEarnings(req.scope, cohort_id, from, to))
}
