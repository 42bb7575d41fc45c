import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setListingStateWorkflow } from "../../../../../workflows/coordinator-product/set-listing-state"
import { listingResponse, retrieveListingProduct } from "../../respond"
import type { AdminListingDecisionResponse } from "@karya-binaan/contract"

/** The operator puts a submitted listing on sale (Medusa status published); the product is read once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminListingDecisionResponse>) {
  const product = await retrieveListingProduct(req.scope, req.params.product_id)
  const { result } = await setListingStateWorkflow(req.scope).run({
    input: { product_id: product.id, action: "publish", product: { status: product.status, metadata: product.metadata } },
  })
  res.json(listingResponse({ ...product, ...result }))
}
