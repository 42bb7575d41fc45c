import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_EVENTS } from "./events"
import { createTrainingStep, deleteTrainingStep, type CreateTrainingStepInput } from "./steps/create-training"
import { resolveAttendeesStep } from "./steps/resolve-attendees"

export type RecordTrainingInput = Omit<CreateTrainingStepInput, "participant_ids"> & { participant_codes: string[] }

/** Records a training or study visit of one cohort with who attended (by code, members of that cohort only). */
export const recordTrainingWorkflow = createWorkflow("record-training", (input: RecordTrainingInput) => {
  const ids = resolveAttendeesStep(transform({ input }, ({ input }) => ({ cohort_id: input.cohort_id, participant_codes: input.participant_codes })))
  const training = createTrainingStep(
    transform({ input, ids }, ({ input: { participant_codes: _codes, ...training }, ids }) => ({ ...training, participant_ids: ids }))
  )
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: transform({ training }, ({ training }) => ({ training_id: training.id })) })
  return new WorkflowResponse(training)
})

export const deleteTrainingWorkflow = createWorkflow("delete-training", (input: { id: string }) => {
  const id = deleteTrainingStep(input.id)
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: transform({ id }, ({ id }) => ({ training_id: id })) })
  return new WorkflowResponse(id)
})
