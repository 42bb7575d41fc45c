import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wibDayStart } from "../../../../../lib/jakarta-time"
import { markStatementPaidWorkflow } from "../../../../../workflows/payout/mark-statement-paid"
import { alreadyPaidAs409 } from "../../already-paid"
import { retrieveStatement, toStatementView } from "../../query-config"
import type { MarkStatementPaidType } from "../../validators"
import type { PayoutStatementResponse } from "@karya-binaan/contract"

/** An operator records the facility's payment (paid_at: the day's midnight in Jakarta); 409 when the statement is paid already. */
export async function POST(req: AuthenticatedMedusaRequest<MarkStatementPaidType>, res: MedusaResponse<PayoutStatementResponse>) {
  const { id } = await retrieveStatement(req.scope, req.params.id)
  const { reference, paid_at } = req.validatedBody
  await markStatementPaidWorkflow(req.scope)
    .run({ input: { statement_id: id, reference, paid_at: wibDayStart(paid_at).toISOString(), paid_by: req.auth_context.actor_id, paid_by_type: "user" } })
    .catch((error: unknown) => {
      throw alreadyPaidAs409(error)
    })
  res.json({ payout_statement: toStatementView(await retrieveStatement(req.scope, id), { withNames: false }) })
}
