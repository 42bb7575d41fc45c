import type { MedusaResponse } from "@medusajs/framework/http"
import { setListingStateWorkflow } from "../../../../../workflows/coordinator-product/set-listing-state"
import type { CoordinatorRequest } from "../../../cohort-scope"
import { productResponses, refetchCohortProduct } from "../../helpers"
import type { CoordinatorProductResponse } from "@karya-binaan/contract"

/**
 * Sends a draft (or a rejected listing, after edits) to the operator for review.
 * The product is read once: the workflow checks the state it was read in, and
 * the answer is that read with the status and metadata the workflow wrote.
 */
export async function POST(req: CoordinatorRequest, res: MedusaResponse<CoordinatorProductResponse>) {
  const product = await refetchCohortProduct(req.scope, req.params.id, req.coordinator.cohort_ids)
  const { result } = await setListingStateWorkflow(req.scope).run({
    input: { product_id: product.id, action: "submit", product: { status: product.status, metadata: product.metadata } },
  })
  const [response] = await productResponses(req.scope, [{ ...product, ...result }])
  res.json({ product: response })
}
