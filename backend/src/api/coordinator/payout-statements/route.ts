import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStatements } from "../../../lib/payout/statement-views"
import type { CoordinatorGetPayoutStatementsParamsType } from "./validators"

/** The cohort's statements (its participants' and its material fund's), newest period first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { cohort_id, status } = req.validatedQuery as CoordinatorGetPayoutStatementsParamsType
  const statements = await listStatements(req.scope, { cohort_id, ...(status ? { status } : {}) }, { withNames: true })
  res.json({ payout_statements: statements, count: statements.length })
}
