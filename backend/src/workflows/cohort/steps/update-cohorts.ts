import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COHORT_MODULE } from "../../../modules/cohort"
import type { CohortModuleService } from "../../../modules/cohort/service"
import type { UpdateCohortInput } from "../types"

export const updateCohortsStepId = "update-cohorts"

/** Updates cohorts; compensation restores the fields it changed. */
export const updateCohortsStep = createStep(
  updateCohortsStepId,
  async (input: UpdateCohortInput[], { container }) => {
    const service = container.resolve<CohortModuleService>(COHORT_MODULE)
    const previous = await service.listCohorts({ id: input.map((c) => c.id) })
    const updated = await service.updateCohorts(input)
    const restore = previous.map((before) => {
      const changed = input.find((c) => c.id === before.id) ?? { id: before.id }
      const fields = Object.keys(changed) as (keyof typeof before)[]
      return Object.fromEntries(fields.map((f) => [f, before[f]])) as UpdateCohortInput
    })
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) {
      return
    }
    const service = container.resolve<CohortModuleService>(COHORT_MODULE)
    await service.updateCohorts(restore)
  }
)
