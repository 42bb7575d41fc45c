import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ListingAction, ProductLike } from "./listing"
import { checkListingStep } from "./steps/check-listing"

export type SetListingStateInput = {
  product_id: string
  action: Exclude<ListingAction, "edit">
  reason?: string
  /** The product's status and metadata as the route just read them; read here when absent. */
  product?: ProductLike
}

/** What the change wrote, so a route can answer without reading the product again. */
export type SetListingStateResult = { id: string; status: string; metadata: Record<string, unknown> | null; updated_at: Date | string }

/**
 * Moves a listing (submit, archive: coordinator; publish, reject: operator —
 * the routes decide who may ask) by writing Medusa's product status, so the
 * Store API and Medusa Admin see the change without anything of ours.
 */
export const setListingStateWorkflow = createWorkflow("set-listing-state", (input: SetListingStateInput) => {
  const fields = checkListingStep(input)
  const updated = updateProductsWorkflow.runAsStep({
    input: transform({ input, fields }, ({ input, fields }) => ({
      selector: { id: input.product_id },
      update: { status: fields!.status, metadata: fields!.metadata },
    })),
  })
  const result = transform({ input, updated }, ({ input, updated }): SetListingStateResult => {
    const product = updated.find((p) => p.id === input.product_id) ?? updated[0]
    return { id: input.product_id, status: product.status, metadata: product.metadata ?? null, updated_at: product.updated_at }
  })
  return new WorkflowResponse(result)
})
