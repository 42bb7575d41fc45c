import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ListingAction } from "../../lib/coordinator/listing"
import { checkListingStep } from "./steps/check-listing"

export type SetListingStateInput = { product_id: string; action: Exclude<ListingAction, "edit">; reason?: string }

/**
 * Moves a listing (submit, archive: coordinator; publish, reject: operator —
 * the routes decide who may ask) by writing Medusa's product status, so the
 * Store API and Medusa Admin see the change without anything of ours.
 */
export const setListingStateWorkflow = createWorkflow("set-listing-state", (input: SetListingStateInput) => {
  const fields = checkListingStep(input)
  updateProductsWorkflow.runAsStep({
    input: transform({ input, fields }, ({ input, fields }) => ({
      selector: { id: input.product_id },
      update: { status: fields!.status, metadata: fields!.metadata },
    })),
  })
  return new WorkflowResponse(input.product_id)
})
