import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setListingStateWorkflow } from "../../../../../workflows/coordinator-product/set-listing-state"
import { listingResponse } from "../../respond"
import type { AdminListingDecisionResponse } from "@karya-binaan/contract"

/** The operator puts a submitted listing on sale (Medusa status published). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminListingDecisionResponse>) {
  await listingResponse(req.scope, req.params.product_id)
  await setListingStateWorkflow(req.scope).run({ input: { product_id: req.params.product_id, action: "publish" } })
  res.json(await listingResponse(req.scope, req.params.product_id))
}
