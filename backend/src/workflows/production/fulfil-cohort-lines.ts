import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { validateCohortLinesStep, type FulfilCohortLinesInput } from "./steps/validate-cohort-fulfillment"

/**
 * A cohort packs its own lines of an order: a Medusa fulfilment from the
 * cohort's stock location, so an order spanning cohorts gets one (or more)
 * per cohort, each from where that cohort's units are.
 */
export const fulfilCohortLinesWorkflow = createWorkflow("fulfil-cohort-lines", (input: FulfilCohortLinesInput) => {
  const prepared = validateCohortLinesStep(input)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: prepared })
  return new WorkflowResponse(transform({ fulfillment }, ({ fulfillment }) => ({ id: fulfillment.id })))
})
