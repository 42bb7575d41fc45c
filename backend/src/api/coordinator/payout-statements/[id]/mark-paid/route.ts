import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPaid } from "../../../../../lib/payout/mark-paid"
import type { MarkStatementPaidType } from "../../../../admin/payout-statements/validators"
import { coordinatorStatement } from "../../access"
import type { PayoutStatementResponse } from "@karya-binaan/contract"

/** The facility settles its cohort's statements: the coordinator records the payment (409 when paid already). */
export const POST = async (req: AuthenticatedMedusaRequest<MarkStatementPaidType>, res: MedusaResponse<PayoutStatementResponse>) => {
  const statement = await coordinatorStatement(req, req.params.id)
  await markPaid(req.scope, statement.id, req.validatedBody, { id: req.auth_context.actor_id, type: "coordinator" })
  res.json({ payout_statement: await coordinatorStatement(req, statement.id) })
}
