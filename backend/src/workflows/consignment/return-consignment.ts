import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { batchLockKey } from "../production/steps/draw-order-batches"
import { moveBatchUnitsStep } from "./steps/move-batch-units"
import { recordReturnStep } from "./steps/record-return"
import { resolveReturnStep } from "./steps/resolve-return"

export type ReturnConsignmentInput = { placement_id: string; quantity: number; outlet_id?: string }

/**
 * Unsold consigned units go back to the cohort: off the outlet's location,
 * back on the cohort's (sellable online again) and into their batch.
 */
export const returnConsignmentWorkflow = createWorkflow("return-consignment", (input: ReturnConsignmentInput) => {
  const target = resolveReturnStep(input)
  const lockKey = transform({ target }, ({ target }) => batchLockKey(target.variant_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const placement = recordReturnStep(target)
  adjustInventoryLevelsStep(
    transform({ target }, ({ target }) => [
      { inventory_item_id: target.inventory_item_id, location_id: target.outlet_location_id, adjustment: -target.quantity },
      { inventory_item_id: target.inventory_item_id, location_id: target.cohort_location_id, adjustment: target.quantity },
    ])
  )
  moveBatchUnitsStep(transform({ target }, ({ target }) => ({ batch_id: target.batch_id, delta: target.quantity })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(placement)
})
