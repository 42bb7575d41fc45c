import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCTION_EVENTS } from "./events"
import { expireBatchesStep } from "./steps/expire-batches"

export const expireBatchesWorkflowId = "expire-production-batches"

/**
 * Expired stock is not sellable: the units left in batches past their expiry
 * leave the cohort's stocked quantity. Idempotent (a batch expires once).
 */
export const expireBatchesWorkflow = createWorkflow(expireBatchesWorkflowId, (input: { now?: string }) => {
  const result = expireBatchesStep(input)
  const adjustments = transform({ result }, ({ result }) => result.adjustments)
  when({ adjustments }, ({ adjustments }) => adjustments.length > 0).then(() => {
    adjustInventoryLevelsStep(adjustments)
    emitEventStep({
      eventName: PRODUCTION_EVENTS.BATCHES_EXPIRED,
      data: transform({ result }, ({ result }) => result.expired.map((e) => ({ id: e.batch_id }))),
    })
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result.expired))
})
