import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow, updateFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { validateCohortShipmentStep, type ShipCohortFulfillmentInput } from "./steps/validate-cohort-fulfillment"

/**
 * Marks a cohort's fulfilment shipped with its carrier and tracking number
 * (a Medusa shipment with a label), which the shopper's order shows.
 */
export const shipCohortFulfillmentWorkflow = createWorkflow("ship-cohort-fulfillment", (input: ShipCohortFulfillmentInput) => {
  const prepared = validateCohortShipmentStep(input)
  updateFulfillmentWorkflow.runAsStep({
    input: transform({ prepared }, ({ prepared }) => ({ id: prepared.fulfillment_id, metadata: prepared.metadata })),
  })
  createOrderShipmentWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.shipment) })
  return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.fulfillment_id })))
})
