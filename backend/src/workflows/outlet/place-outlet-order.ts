import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkOutletOrderStep, type OutletOrderRequest } from "./steps/check-outlet-order"
import { placeServerOrderStep } from "./steps/place-server-order"

export type PlaceOutletOrderInput = OutletOrderRequest

/**
 * An outlet's wholesale order, placed server-side in the outlet's own sales
 * channel (the storefront's publishable key only reaches the shop channel):
 * checked against the outlet's terms first, then Medusa's own cart path, paid
 * on invoice through the manual provider. The complete-cart hook checks the
 * terms again on the priced cart.
 */
export const placeOutletOrderWorkflow = createWorkflow("place-outlet-order", (input: PlaceOutletOrderInput) => {
  const cart = checkOutletOrderStep(input)
  return new WorkflowResponse(placeServerOrderStep(cart))
})
