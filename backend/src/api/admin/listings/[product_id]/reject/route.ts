import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setListingStateWorkflow } from "../../../../../workflows/coordinator-product/set-listing-state"
import { listingResponse } from "../../respond"
import type { AdminRejectListingType } from "../../validators"
import type { AdminListingDecisionResponse } from "@karya-binaan/contract"

/** The operator sends a listing back with a reason the coordinator sees (or takes a live one down). */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectListingType>, res: MedusaResponse<AdminListingDecisionResponse>) {
  await listingResponse(req.scope, req.params.product_id)
  await setListingStateWorkflow(req.scope).run({
    input: { product_id: req.params.product_id, action: "reject", reason: req.validatedBody.reason },
  })
  res.json(await listingResponse(req.scope, req.params.product_id))
}
