import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { returnConsignmentWorkflow } from "../../../../../workflows/consignment/return-consignment"
import type { ReturnConsignmentType } from "../../../outlets/consignment-validators"
import type { ConsignmentPlacementResponse } from "@karya-binaan/contract"

/** Unsold consigned units go back to the cohort. */
export async function POST(req: AuthenticatedMedusaRequest<ReturnConsignmentType>, res: MedusaResponse<ConsignmentPlacementResponse>) {
  const { result } = await returnConsignmentWorkflow(req.scope).run({ input: { placement_id: req.params.id, quantity: req.validatedBody.quantity } })
  res.json({ placement: result })
}
