import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelUncollectedPickupsStep } from "./steps/cancel-uncollected"

export const cancelUncollectedPickupsWorkflowId = "cancel-uncollected-pickups"

/**
 * Pay-at-outlet orders nobody collected within PAY_AT_OUTLET_HOLD_DAYS are
 * cancelled and their stock released. `now` defaults to the present; the
 * HTTP suite passes a later one to let the days pass.
 */
export const cancelUncollectedPickupsWorkflow = createWorkflow(cancelUncollectedPickupsWorkflowId, (input: { now?: string }) => {
  const at = transform({ input }, ({ input }) => ({ now: input.now ?? new Date().toISOString() }))
  return new WorkflowResponse(cancelUncollectedPickupsStep(at))
})
