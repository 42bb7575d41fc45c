import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getStatement, statementLines } from "../../../../lib/payout/statement-views"
import type { PayoutStatementWithLinesResponse } from "@karya-binaan/contract"

/** One statement with its lines (participant code, never the private name). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<PayoutStatementWithLinesResponse>) {
  const statement = await getStatement(req.scope, req.params.id, { withNames: false })
  res.json({ payout_statement: { ...statement, lines: await statementLines(req.scope, statement.id) } })
}
