import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_EVENTS } from "./events"
import { moveParticipantStep, updateParticipantProfileStep, type ParticipantProfile } from "./steps/participant-profile"

/** Changes a participant's status, area, joined and left dates (what the figures group people by). */
export const updateParticipantProfileWorkflow = createWorkflow("update-participant-profile", (input: ParticipantProfile & { id: string }) => {
  const participant = updateParticipantProfileStep(input)
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: transform({ input }, ({ input }) => ({ participant_id: input.id })) })
  return new WorkflowResponse(participant)
})

/** A released participant who keeps producing moves to a Bapas cohort with the same id, code and history. */
export const moveParticipantToCohortWorkflow = createWorkflow("move-participant-to-cohort", (input: { id: string; cohort_id: string }) => {
  const participant = moveParticipantStep(input)
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: transform({ input }, ({ input }) => ({ participant_id: input.id })) })
  return new WorkflowResponse(participant)
})
