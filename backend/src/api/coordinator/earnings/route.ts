import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cohortEarnings } from "../../../lib/revenue-share/earnings"
import type { CoordinatorGetEarningsParamsType } from "./validators"

/** What the cohort's sales earned over a period, per participant, bucket and order (the coordinator's cohorts only). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { cohort_id, from, to } = req.validatedQuery as CoordinatorGetEarningsParamsType
  res.json(await cohortEarnings(req.scope, cohort_id, from, to))
}
