import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CONSIGNMENT_EVENTS } from "./events"
import { batchLockKey } from "../production/steps/draw-order-batches"
import { OUTLET_LOCK, outletConsignmentLockKey } from "./lock"
import { ensureInventoryLevelStep } from "../production/steps/ensure-inventory-level"
import { createPlacementStep } from "./steps/create-placement"
import { moveBatchUnitsStep } from "./steps/move-batch-units"
import { resolvePlacementStep } from "./steps/resolve-placement"

export type PlaceConsignmentInput = { outlet_id: string; batch_id: string; quantity: number }

/**
 * Places units of a batch at an outlet on consignment: they leave the batch
 * and the cohort's stock location (no longer sold online) and wait at the
 * outlet's own location, still the cohort's goods. Under the outlet's lock
 * (see ./lock) and the variant's batch lock, so an online order can't draw
 * the same units meanwhile.
 */
export const placeConsignmentWorkflow = createWorkflow("place-consignment", (input: PlaceConsignmentInput) => {
  const outletKey = transform({ input }, ({ input }) => outletConsignmentLockKey(input.outlet_id))
  acquireLockStep({ key: outletKey, ...OUTLET_LOCK }).config({ name: "acquire-outlet-consignment-lock" })
  const target = resolvePlacementStep(input)
  const lockKey = transform({ target }, ({ target }) => batchLockKey(target.variant_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  moveBatchUnitsStep(transform({ target }, ({ target }) => ({ batch_id: target.batch_id, delta: -target.quantity })))
  ensureInventoryLevelStep(transform({ target }, ({ target }) => ({ inventory_item_id: target.inventory_item_id, location_id: target.outlet_location_id })))
  adjustInventoryLevelsStep(
    transform({ target }, ({ target }) => [
      { inventory_item_id: target.inventory_item_id, location_id: target.cohort_location_id, adjustment: -target.quantity },
      { inventory_item_id: target.inventory_item_id, location_id: target.outlet_location_id, adjustment: target.quantity },
    ])
  )
  const placement = createPlacementStep(target)
  releaseLockStep({ key: transform({ lockKey, outletKey }, ({ lockKey, outletKey }) => [lockKey, outletKey]) })
  emitEventStep({ eventName: CONSIGNMENT_EVENTS.PLACED, data: transform({ placement }, ({ placement }) => ({ id: placement.id })) })
  return new WorkflowResponse(placement)
})
