import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MAKER_NOTE_EVENTS } from "../../modules/maker-note/events"
import { IMPACT_EVENTS } from "../impact/events"
import { moderateMakerNoteStep } from "./steps/moderate-maker-note"
import type { ModerateMakerNoteInput } from "./types"

export const moderateMakerNoteWorkflowId = "moderate-maker-note"

/**
 * A coordinator approves or rejects a note of their cohort. The events refresh
 * the cohort page (notes) and the impact figures (notes_approved).
 */
export const moderateMakerNoteWorkflow = createWorkflow(moderateMakerNoteWorkflowId, (input: ModerateMakerNoteInput) => {
  const note = moderateMakerNoteStep(input)
  emitEventStep({
    eventName: MAKER_NOTE_EVENTS.MODERATED,
    data: transform({ note }, ({ note }) => ({ id: note.id, cohort_id: note.cohort_id, status: note.status })),
  })
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: transform({ note }, ({ note }) => ({ cohort_id: note.cohort_id })) }).config({
    name: "emit-impact-figures-changed",
  })
  return new WorkflowResponse(note)
})
