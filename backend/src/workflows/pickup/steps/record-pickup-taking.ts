import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"

export type RecordPickupTakingInput = { outlet_id: string; order_id: string; amount: number; currency_code: string; collected_by?: string | null }

/** The cash the outlet took for the programme, once per order; undone if the capture after it fails. */
export const recordPickupTakingStep = createStep(
  "record-pickup-taking",
  async (input: RecordPickupTakingInput, { container }) => {
    const service = container.resolve<OutletModuleService>(OUTLET_MODULE)
    const taking = await service.createPickupTakings({ ...input, collected_by: input.collected_by ?? null, collected_at: new Date() })
    return new StepResponse({ id: taking.id, collected_at: taking.collected_at }, taking.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OutletModuleService>(OUTLET_MODULE).deletePickupTakings(id)
  }
)
