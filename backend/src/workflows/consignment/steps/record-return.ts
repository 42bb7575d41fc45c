import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import type { ReturnTarget } from "./resolve-return"

/** Counts the returned units on the placement (added to the count as stored, as sales are); taken back off on failure. */
export const recordReturnStep = createStep(
  "record-consignment-return",
  async (t: ReturnTarget, { container }) => {
    const outlet = container.resolve<OutletModuleService>(OUTLET_MODULE)
    await outlet.addPlacementCounts([{ id: t.placement_id, returned: t.quantity }])
    const placement = await outlet.retrieveConsignmentPlacement(t.placement_id)
    return new StepResponse(placement, { id: t.placement_id, units: t.quantity })
  },
  async (counted, { container }) => {
    if (counted) await container.resolve<OutletModuleService>(OUTLET_MODULE).addPlacementCounts([{ id: counted.id, returned: -counted.units }])
  }
)
