import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import type { PlacementTarget } from "./resolve-placement"

/** The placement record: units of a batch now at the outlet. */
export const createPlacementStep = createStep(
  "create-consignment-placement",
  async (t: PlacementTarget, { container }) => {
    const placement = await container.resolve<OutletModuleService>(OUTLET_MODULE).createConsignmentPlacements({
      outlet_id: t.outlet_id,
      batch_id: t.batch_id,
      cohort_id: t.cohort_id,
      variant_id: t.variant_id,
      quantity: t.quantity,
    })
    return new StepResponse(placement, placement.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OutletModuleService>(OUTLET_MODULE).deleteConsignmentPlacements(id)
  }
)
