import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COHORT_EVENTS } from "../../modules/cohort/events"
import { updateCohortsStep } from "./steps/update-cohorts"
import { upsertCohortTranslationsStep } from "./steps/upsert-cohort-translations"
import { validateCohortHandlesStep } from "./steps/validate-cohort-handles"
import type { UpdateCohortInput } from "./types"

export const updateCohortWorkflowId = "update-cohort"

/** Edits one cohort's public profile, its translations or its status. */
export const updateCohortWorkflow = createWorkflow(
  updateCohortWorkflowId,
  (input: UpdateCohortInput) => {
    when({ input }, ({ input }) => !!input.handle).then(() => {
      const check = transform({ input }, ({ input }) => ({
        handles: [input.handle as string],
        exclude_id: input.id,
      }))
      validateCohortHandlesStep(check)
    })
    const updated = updateCohortsStep(
      transform({ input }, ({ input }) => {
        const { translations: _t, ...fields } = input
        return [fields]
      })
    )
    upsertCohortTranslationsStep(
      transform({ input }, ({ input }) => [{ cohort_id: input.id, translations: input.translations }])
    )
    emitEventStep({
      eventName: COHORT_EVENTS.UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
