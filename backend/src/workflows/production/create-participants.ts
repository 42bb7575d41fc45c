import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createParticipantsStep, type CreateParticipantsStepInput } from "./steps/create-participants"

export const createParticipantsWorkflow = createWorkflow("create-participants", (input: CreateParticipantsStepInput) => {
  return new WorkflowResponse(createParticipantsStep(input))
})
