import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"

/** Records the outlet's consignment channel on the outlet; undone on failure. */
export const setConsignmentChannelStep = createStep(
  "set-outlet-consignment-channel",
  async (input: { outlet_id: string; sales_channel_id: string }, { container }) => {
    await container.resolve<OutletModuleService>(OUTLET_MODULE).updateOutlets({ id: input.outlet_id, consignment_sales_channel_id: input.sales_channel_id })
    return new StepResponse(undefined, input.outlet_id)
  },
  async (outletId, { container }) => {
    if (outletId) await container.resolve<OutletModuleService>(OUTLET_MODULE).updateOutlets({ id: outletId, consignment_sales_channel_id: null })
  }
)
