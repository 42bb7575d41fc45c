import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_EVENTS } from "./events"
import { createProgrammeInputStep, deleteProgrammeInputStep, type CreateProgrammeInputStepInput } from "./steps/programme-input"

/** Records what the sponsor put in for one month (operators only). */
export const recordProgrammeInputWorkflow = createWorkflow("record-programme-input", (input: CreateProgrammeInputStepInput) => {
  const created = createProgrammeInputStep(input)
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: transform({ created }, ({ created }) => ({ programme_input_id: created.id })) })
  return new WorkflowResponse(created)
})

export const deleteProgrammeInputWorkflow = createWorkflow("delete-programme-input", (input: { id: string }) => {
  const id = deleteProgrammeInputStep(input.id)
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: transform({ id }, ({ id }) => ({ programme_input_id: id })) })
  return new WorkflowResponse(id)
})
