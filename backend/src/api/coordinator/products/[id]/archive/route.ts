import type { MedusaResponse } from "@medusajs/framework/http"
import { setListingStateWorkflow } from "../../../../../workflows/coordinator-product/set-listing-state"
import type { CoordinatorRequest } from "../../../cohort-scope"
import { productResponses, refetchCohortProduct } from "../../helpers"
import type { CoordinatorProductResponse } from "@karya-binaan/contract"

/** Takes a product off sale for good (it leaves the shop if it was published); read once, as in ../submit. */
export async function POST(req: CoordinatorRequest, res: MedusaResponse<CoordinatorProductResponse>) {
  const product = await refetchCohortProduct(req.scope, req.params.id, req.coordinator.cohort_ids)
  const { result } = await setListingStateWorkflow(req.scope).run({
    input: { product_id: product.id, action: "archive", product: { status: product.status, metadata: product.metadata } },
  })
  const [response] = await productResponses(req.scope, [{ ...product, ...result }])
  res.json({ product: response })
}
