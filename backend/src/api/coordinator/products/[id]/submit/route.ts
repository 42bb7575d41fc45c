import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productResponse, retrieveOwnProduct } from "../../../../../lib/coordinator/products"
import { setListingStateWorkflow } from "../../../../../workflows/coordinator-product/set-listing-state"
import type { CoordinatorProductResponse } from "@karya-binaan/contract"

/** Sends a draft (or a rejected listing, after edits) to the operator for review. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorProductResponse>) {
  const product = await retrieveOwnProduct(req, req.params.id)
  await setListingStateWorkflow(req.scope).run({ input: { product_id: product.id, action: "submit" } })
  res.json({ product: await productResponse(req, product.id) })
}
