import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCohortAccess } from "../../../lib/coordinator/access"
import { listStatements } from "../../../lib/payout/statement-views"
import type { CoordinatorGetPayoutStatementsParamsType } from "./validators"
import type { CoordinatorPayoutStatementListResponse } from "@karya-binaan/contract"

/** The cohort's statements (its participants' and its material fund's), newest period first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorPayoutStatementListResponse>) => {
  const { cohort_id, status } = req.validatedQuery as CoordinatorGetPayoutStatementsParamsType
  await assertCohortAccess(req, cohort_id)
  const statements = await listStatements(req.scope, { cohort_id, ...(status ? { status } : {}) }, { withNames: true })
  res.json({ payout_statements: statements, count: statements.length })
}
