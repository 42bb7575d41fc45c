import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCoordinatorLoginStep } from "./steps/record-coordinator-login"

/** A coordinator signed in: the time shows on the operator's "Koordinator" page. */
export const recordCoordinatorLoginWorkflow = createWorkflow("record-coordinator-login", (input: { id: string; at: Date }) => {
  recordCoordinatorLoginStep(input)
  return new WorkflowResponse(undefined)
})
