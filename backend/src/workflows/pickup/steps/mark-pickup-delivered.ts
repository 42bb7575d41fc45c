import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The shopper has the goods: each of the order's fulfilments (one per cohort
 * that packed) is marked delivered through Medusa's own workflow. Last in the
 * collection, after the money: there is nothing to undo once goods changed hands.
 */
export const markPickupDeliveredStep = createStep("mark-pickup-delivered", async (input: { order_id: string; fulfillment_ids: string[] }, { container }) => {
  for (const fulfillmentId of input.fulfillment_ids) {
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: input.order_id, fulfillmentId } })
  }
  return new StepResponse(input.fulfillment_ids.length)
})
