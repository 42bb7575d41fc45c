import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BatchTarget } from "./resolve-batch-target"

/**
 * A new product may have no stock level at its cohort's location yet: one is
 * created at zero so the batch can be added to it. Compensation removes only
 * a level this step created.
 */
export const ensureInventoryLevelStep = createStep(
  "ensure-inventory-level",
  async (target: BatchTarget, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels(
      { inventory_item_id: target.inventory_item_id, location_id: target.location_id },
      { select: ["id"] }
    )
    if (level) return new StepResponse(undefined, undefined)
    const created = await inventory.createInventoryLevels([{ ...target, stocked_quantity: 0 }])
    return new StepResponse(undefined, created[0].id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve(Modules.INVENTORY).deleteInventoryLevels([createdId])
  }
)
