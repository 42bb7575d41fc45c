import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { drawOrderBatchesStep } from "./steps/draw-order-batches"

export const drawOrderBatchesWorkflowId = "draw-order-batches"

/** Which batches supplied each line of a placed order (run on order.placed). */
export const drawOrderBatchesWorkflow = createWorkflow(drawOrderBatchesWorkflowId, (input: { order_id: string }) => {
  return new WorkflowResponse(drawOrderBatchesStep(input))
})
