import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementLines } from "../../../admin/payout-statements/statement-views"
import { coordinatorStatement } from "../access"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const statement = await coordinatorStatement(req, req.params.id)
  res.json({ payout_statement: { ...statement, lines: await statementLines(req.scope, statement.id) } })
}
