import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Every id must name an existing cohort; returns their names (for the invitation email). */
export const validateCohortsStep = createStep(
  "validate-coordinator-cohorts",
  async ({ cohort_ids }: { cohort_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cohort", fields: ["id", "name"], filters: { id: cohort_ids } })
    const missing = cohort_ids.filter((id) => !data.some((c: { id: string }) => c.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Kohort tidak ditemukan: ${missing.join(", ")}`)
    }
    return new StepResponse(cohort_ids.map((id) => data.find((c: { id: string }) => c.id === id)!.name as string))
  }
)
