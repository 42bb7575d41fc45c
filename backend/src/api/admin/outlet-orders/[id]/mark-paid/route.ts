import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markOutletInvoicePaidWorkflow } from "../../../../../workflows/outlet/mark-invoice-paid"
import type { AdminMarkInvoicePaidType } from "../../../outlets/validators"
import type { AdminOutletInvoicePaidResponse } from "@karya-binaan/contract"

/** The outlet paid its invoice: captures the order's payment (revenue shares follow on payment.captured). */
export async function POST(req: AuthenticatedMedusaRequest<AdminMarkInvoicePaidType>, res: MedusaResponse<AdminOutletInvoicePaidResponse>) {
  const { result } = await markOutletInvoicePaidWorkflow(req.scope).run({
    input: { order_id: req.params.id, reference: req.validatedBody.reference, captured_by: req.auth_context.actor_id },
  })
  res.json({ invoice: result })
}
