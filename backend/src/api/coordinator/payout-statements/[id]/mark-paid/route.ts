import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wibDayStart } from "../../../../../lib/jakarta-time"
import { markStatementPaidWorkflow } from "../../../../../workflows/payout/mark-statement-paid"
import { alreadyPaidAs409 } from "../../../../admin/payout-statements/already-paid"
import { toStatementView } from "../../../../admin/payout-statements/query-config"
import type { MarkStatementPaidType } from "../../../../admin/payout-statements/validators"
import { coordinatorStatement } from "../../access"
import type { PayoutStatementResponse } from "@karya-binaan/contract"

/** The facility settles its cohort's statements: the coordinator records the payment (409 when paid already). */
export const POST = async (req: AuthenticatedMedusaRequest<MarkStatementPaidType>, res: MedusaResponse<PayoutStatementResponse>) => {
  const { id } = await coordinatorStatement(req, req.params.id)
  const { reference, paid_at } = req.validatedBody
  await markStatementPaidWorkflow(req.scope)
    .run({ input: { statement_id: id, reference, paid_at: wibDayStart(paid_at).toISOString(), paid_by: req.auth_context.actor_id, paid_by_type: "coordinator" } })
    .catch((error: unknown) => {
      throw alreadyPaidAs409(error)
    })
  res.json({ payout_statement: toStatementView(await coordinatorStatement(req, id), { withNames: true }) })
}
