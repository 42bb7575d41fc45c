import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MAKER_NOTE_EVENTS } from "../../modules/maker-note/events"
import { createMakerNoteStep } from "./steps/create-maker-note"
import { pickNoteCohortStep } from "./steps/pick-note-cohort"
import { screenNoteStep } from "./steps/screen-note"
import type { CreateMakerNoteInput } from "./types"

export const createMakerNoteWorkflowId = "create-maker-note"

/**
 * A buyer's thank-you to the cohort behind their order, pending until the
 * cohort's coordinator decides. Who may send it (the order's buyer or outlet)
 * is checked by the route before this runs.
 */
export const createMakerNoteWorkflow = createWorkflow(createMakerNoteWorkflowId, (input: CreateMakerNoteInput) => {
  screenNoteStep(transform({ input }, ({ input }) => ({ message: input.message, first_name: input.first_name })))
  const cohortId = pickNoteCohortStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, cohort_id: input.cohort_id })))
  const note = createMakerNoteStep(
    transform({ input, cohortId }, ({ input, cohortId }) => ({
      order_id: input.order_id,
      cohort_id: cohortId,
      author_kind: input.author_kind,
      first_name: input.first_name?.trim() || null,
      message: input.message.trim(),
    }))
  )
  emitEventStep({ eventName: MAKER_NOTE_EVENTS.CREATED, data: transform({ note }, ({ note }) => ({ id: note.id, cohort_id: note.cohort_id })) })
  return new WorkflowResponse(note)
})
