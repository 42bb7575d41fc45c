import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import type { ReturnTarget } from "./resolve-return"

/** Counts the returned units on the placement; undone on failure. */
export const recordReturnStep = createStep(
  "record-consignment-return",
  async (t: ReturnTarget, { container }) => {
    const placement = await container
      .resolve<OutletModuleService>(OUTLET_MODULE)
      .updateConsignmentPlacements({ id: t.placement_id, returned_quantity: t.returned_quantity + t.quantity })
    return new StepResponse(placement, { id: t.placement_id, returned_quantity: t.returned_quantity })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<OutletModuleService>(OUTLET_MODULE).updateConsignmentPlacements(previous)
  }
)
