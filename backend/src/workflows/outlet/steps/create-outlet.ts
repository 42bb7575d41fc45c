import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import type { CreateOutletInput } from "../types"

export const createOutletStepId = "create-outlet"

/** The outlet record and its case packs; a taken handle is refused. */
export const createOutletStep = createStep(
  createOutletStepId,
  async (input: Omit<CreateOutletInput, "prices" | "product_ids" | "stock_location_ids" | "dispatch_location_id">, { container }) => {
    const service = container.resolve<OutletModuleService>(OUTLET_MODULE)
    const [taken] = await service.listOutlets({ handle: input.handle }, { select: ["id"] })
    if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Handle outlet "${input.handle}" sudah dipakai`)
    const { case_packs, ...data } = input
    const outlet = await service.createOutlets({ ...data, contact_email: data.contact_email.toLowerCase() })
    if (case_packs?.length) {
      await service.createOutletCasePacks(case_packs.map((p) => ({ ...p, outlet_id: outlet.id })))
    }
    return new StepResponse(outlet, outlet.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<OutletModuleService>(OUTLET_MODULE).deleteOutlets(id)
  }
)
