import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCTION_EVENTS } from "./events"
import { createBatchStep } from "./steps/create-batch"
import { ensureInventoryLevelStep } from "./steps/ensure-inventory-level"
import { resolveBatchTargetStep } from "./steps/resolve-batch-target"
import type { RecordBatchInput } from "./types"

export const recordBatchWorkflowId = "record-production-batch"

/**
 * Records a production batch and adds its units to the cohort's stock location
 * through Medusa's inventory; if a later step fails, the stock added and the
 * batch written are taken back.
 */
export const recordBatchWorkflow = createWorkflow(recordBatchWorkflowId, (input: RecordBatchInput) => {
  const target = resolveBatchTargetStep(input)
  ensureInventoryLevelStep(target)
  const batch = createBatchStep({ input, target })
  const adjustment = transform({ input, target }, ({ input, target }) => [{ ...target, adjustment: input.quantity }])
  adjustInventoryLevelsStep(adjustment)
  // The step adjusts stock without an event of its own; the shop's cached pages listen for this one.
  emitEventStep({ eventName: PRODUCTION_EVENTS.BATCH_RECORDED, data: transform({ batch }, ({ batch }) => ({ id: batch.id })) })
  return new WorkflowResponse(batch)
})

export const registerStockedBatchWorkflowId = "register-stocked-production-batch"

/**
 * For units already in stock without a batch (a database seeded before
 * batches existed): the batch and its makers are written, stock stays as it is.
 */
export const registerStockedBatchWorkflow = createWorkflow(registerStockedBatchWorkflowId, (input: RecordBatchInput) => {
  const target = resolveBatchTargetStep(input)
  return new WorkflowResponse(createBatchStep({ input, target }))
})
