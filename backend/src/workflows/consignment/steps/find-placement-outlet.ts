import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Which outlet holds a placement (to lock it before reading the placement's counts); another outlet's placement is not found. */
export const findPlacementOutletStep = createStep(
  "find-consignment-placement-outlet",
  async (input: { placement_id: string; outlet_id?: string }, { container }) => {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "consignment_placement", fields: ["id", "outlet_id"], filters: { id: input.placement_id } })
    const placement = data[0]
    if (!placement || (input.outlet_id && placement.outlet_id !== input.outlet_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Titipan tidak ditemukan")
    }
    return new StepResponse(placement.outlet_id as string)
  }
)
