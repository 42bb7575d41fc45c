import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COHORT_MODULE } from "../../../modules/cohort"
import type { CohortModuleService } from "../../../modules/cohort/service"
import type { CohortFields } from "../types"

export const createCohortsStepId = "create-cohorts"

/** Creates cohort records; compensation deletes them. */
export const createCohortsStep = createStep(
  createCohortsStepId,
  async (input: CohortFields[], { container }) => {
    const service = container.resolve<CohortModuleService>(COHORT_MODULE)
    const cohorts = await service.createCohorts(input)
    return new StepResponse(
      cohorts,
      cohorts.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<CohortModuleService>(COHORT_MODULE)
    await service.deleteCohorts(ids)
  }
)
