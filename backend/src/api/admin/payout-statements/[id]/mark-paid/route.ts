import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPaid } from "../../../../../lib/payout/mark-paid"
import { getStatement } from "../../../../../lib/payout/statement-views"
import type { MarkStatementPaidType } from "../../validators"
import type { PayoutStatementResponse } from "@karya-binaan/contract"

/** An operator records the facility's payment; 409 when the statement is paid already. */
export async function POST(req: AuthenticatedMedusaRequest<MarkStatementPaidType>, res: MedusaResponse<PayoutStatementResponse>) {
  const statement = await getStatement(req.scope, req.params.id, { withNames: false })
  await markPaid(req.scope, statement.id, req.validatedBody, { id: req.auth_context.actor_id, type: "user" })
  res.json({ payout_statement: await getStatement(req.scope, statement.id, { withNames: false }) })
}
