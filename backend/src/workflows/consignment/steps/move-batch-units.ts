import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"

/**
 * Takes units out of a batch's remaining quantity (placed at an outlet) or
 * gives them back (returned), by `delta`. Compensation applies the opposite.
 */
export const moveBatchUnitsStep = createStep(
  "move-consignment-batch-units",
  async (input: { batch_id: string; delta: number }, { container }) => {
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const [batch] = await production.listProductionBatches({ id: input.batch_id }, { select: ["id", "remaining_quantity"] })
    await production.updateProductionBatches({ id: batch.id, remaining_quantity: batch.remaining_quantity + input.delta })
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (!input) return
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const [batch] = await production.listProductionBatches({ id: input.batch_id }, { select: ["id", "remaining_quantity"] })
    await production.updateProductionBatches({ id: batch.id, remaining_quantity: batch.remaining_quantity - input.delta })
  }
)
