import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateParticipantStep, type UpdateParticipantStepInput } from "./steps/update-participant"

export const updateParticipantWorkflow = createWorkflow("update-participant", (input: UpdateParticipantStepInput) => {
  return new WorkflowResponse(updateParticipantStep(input))
})
