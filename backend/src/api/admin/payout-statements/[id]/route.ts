import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getStatement, statementLines } from "../statement-views"

/** One statement with its lines (participant code, never the private name). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const statement = await getStatement(req.scope, req.params.id, { withNames: false })
  res.json({ payout_statement: { ...statement, lines: await statementLines(req.scope, statement.id) } })
}
