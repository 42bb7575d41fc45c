import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setCoordinatorStatusStep } from "./steps/set-coordinator-status"

/**
 * An operator revokes a coordinator's access: they can no longer sign in, and
 * a session or token they still hold is refused on every /coordinator route
 * (see api/coordinator/middlewares.ts). Their cohorts' products, batches and
 * orders stay as they are.
 */
export const revokeCoordinatorWorkflow = createWorkflow("revoke-coordinator", (input: { id: string }) => {
  const result = setCoordinatorStatusStep({ id: input.id, status: "inactive" })
  return new WorkflowResponse(result)
})
