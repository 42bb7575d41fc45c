import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productResponse, retrieveOwnProduct } from "../../../../../lib/coordinator/products"
import { setListingStateWorkflow } from "../../../../../workflows/coordinator-product/set-listing-state"
import type { CoordinatorProductResponse } from "@karya-binaan/contract"

/** Takes a product off sale for good (it leaves the shop if it was published). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorProductResponse>) {
  const product = await retrieveOwnProduct(req, req.params.id)
  await setListingStateWorkflow(req.scope).run({ input: { product_id: product.id, action: "archive" } })
  res.json({ product: await productResponse(req, product.id) })
}
