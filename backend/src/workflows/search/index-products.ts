import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { indexProductsStep, type IndexProductsInput } from "./steps/index-products"

/** Brings the search index up to date for some products, or for the whole catalog (backfill). */
export const indexProductsForSearchWorkflow = createWorkflow("index-products-for-search", (input: IndexProductsInput) => {
  return new WorkflowResponse(indexProductsStep(input))
})
