import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import type { RecordBatchInput } from "../types"
import type { BatchTarget } from "./resolve-batch-target"

/** Writes the batch with all its units remaining, and who made it. */
export const createBatchStep = createStep(
  "create-production-batch",
  async ({ input, target }: { input: RecordBatchInput; target: BatchTarget }, { container }) => {
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const batch = await production.createProductionBatches({
      cohort_id: input.cohort_id,
      variant_id: input.variant_id,
      batch_code: input.batch_code.trim(),
      quantity: input.quantity,
      remaining_quantity: input.quantity,
      production_date: new Date(input.production_date),
      expiry_date: input.expiry_date ? new Date(input.expiry_date) : null,
      inventory_item_id: target.inventory_item_id,
      location_id: target.location_id,
    })
    if (input.contributions.length) {
      await production.createBatchContributions(
        input.contributions.map((c) => ({
          batch_id: batch.id,
          participant_id: c.participant_id,
          units: c.units ?? null,
          hours: c.hours ?? null,
        }))
      )
    }
    return new StepResponse(batch, batch.id)
  },
  async (batchId, { container }) => {
    // Contributions go with it (cascade).
    if (batchId) await container.resolve<ProductionModuleService>(PRODUCTION_MODULE).deleteProductionBatches(batchId)
  }
)
