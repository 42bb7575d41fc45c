import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveStatement, STATEMENT_WITH_LINES_FIELDS, statementLines, toStatementView } from "../query-config"
import type { PayoutStatementWithLinesResponse } from "@karya-binaan/contract"

/** One statement with its lines (participant code, never the private name). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<PayoutStatementWithLinesResponse>) {
  const row = await retrieveStatement(req.scope, req.params.id, { fields: STATEMENT_WITH_LINES_FIELDS })
  res.json({ payout_statement: { ...toStatementView(row, { withNames: false }), lines: statementLines(row) } })
}
