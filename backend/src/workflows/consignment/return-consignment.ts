import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CONSIGNMENT_EVENTS } from "./events"
import { batchLockKey } from "../production/steps/draw-order-batches"
import { OUTLET_LOCK, outletConsignmentLockKey } from "./lock"
import { findPlacementOutletStep } from "./steps/find-placement-outlet"
import { moveBatchUnitsStep } from "./steps/move-batch-units"
import { recordReturnStep } from "./steps/record-return"
import { resolveReturnStep } from "./steps/resolve-return"

export type ReturnConsignmentInput = { placement_id: string; quantity: number; outlet_id?: string }

/**
 * Unsold consigned units go back to the cohort: off the outlet's location,
 * back on the cohort's (sellable online again) and into their batch. The
 * placement's open units are read under the outlet's lock, so a sell-through
 * report running meanwhile can't sell the same units.
 */
export const returnConsignmentWorkflow = createWorkflow("return-consignment", (input: ReturnConsignmentInput) => {
  const outletId = findPlacementOutletStep(input)
  const outletKey = transform({ outletId }, ({ outletId }) => outletConsignmentLockKey(outletId))
  acquireLockStep({ key: outletKey, ...OUTLET_LOCK }).config({ name: "acquire-outlet-consignment-lock" })
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
  releaseLockStep({ key: transform({ lockKey, outletKey }, ({ lockKey, outletKey }) => [lockKey, outletKey]) })
  emitEventStep({ eventName: CONSIGNMENT_EVENTS.RETURNED, data: transform({ placement }, ({ placement }) => ({ id: placement.id })) })
  return new WorkflowResponse(placement)
})
