import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementLines } from "../../../../lib/payout/statement-views"
import { coordinatorStatement } from "../access"
import type { PayoutStatementWithLinesResponse } from "@karya-binaan/contract"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<PayoutStatementWithLinesResponse>) => {
  const statement = await coordinatorStatement(req, req.params.id)
  res.json({ payout_statement: { ...statement, lines: await statementLines(req.scope, statement.id) } })
}
