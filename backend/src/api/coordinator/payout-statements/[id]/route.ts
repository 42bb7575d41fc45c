import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATEMENT_WITH_LINES_FIELDS, statementLines, toStatementView } from "../../../admin/payout-statements/query-config"
import { coordinatorStatement } from "../access"
import type { PayoutStatementWithLinesResponse } from "@karya-binaan/contract"

/** One of the cohort's statements with its lines and the participant's private name. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<PayoutStatementWithLinesResponse>) => {
  const row = await coordinatorStatement(req, req.params.id, STATEMENT_WITH_LINES_FIELDS)
  res.json({ payout_statement: { ...toStatementView(row, { withNames: true }), lines: statementLines(row) } })
}
