import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setListingStateWorkflow } from "../../../../../workflows/coordinator-product/set-listing-state"
import { listingResponse, retrieveListingProduct } from "../../respond"
import type { AdminRejectListingType } from "../../validators"
import type { AdminListingDecisionResponse } from "@karya-binaan/contract"

/** The operator sends a listing back with a reason the coordinator sees (or takes a live one down); read once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectListingType>, res: MedusaResponse<AdminListingDecisionResponse>) {
  const product = await retrieveListingProduct(req.scope, req.params.product_id)
  const { result } = await setListingStateWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      action: "reject",
      reason: req.validatedBody.reason,
      product: { status: product.status, metadata: product.metadata },
    },
  })
  res.json(listingResponse({ ...product, ...result }))
}
