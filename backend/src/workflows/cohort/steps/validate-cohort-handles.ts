import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { COHORT_MODULE } from "../../../modules/cohort"
import type { CohortModuleService } from "../../../modules/cohort/service"

export const validateCohortHandlesStepId = "validate-cohort-handles"

/** Refuses handles already taken, so the caller gets a 409-style message, not a DB error. */
export const validateCohortHandlesStep = createStep(
  validateCohortHandlesStepId,
  async (input: { handles: string[]; exclude_id?: string }, { container }) => {
    if (!input.handles.length) {
      return
    }
    const service = container.resolve<CohortModuleService>(COHORT_MODULE)
    const taken = (await service.listCohorts({ handle: input.handles })).filter(
      (c) => c.id !== input.exclude_id
    )
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A cohort with handle "${taken[0].handle}" already exists. Choose another handle.`
      )
    }
  }
)
