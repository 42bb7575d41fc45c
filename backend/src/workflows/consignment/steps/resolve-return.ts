import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlacementTarget } from "./resolve-placement"

export type ReturnTarget = PlacementTarget & { placement_id: string }

/** What a return moves: unsold units of one placement, back to its batch and the cohort's location. */
export const resolveReturnStep = createStep(
  "resolve-consignment-return",
  async (input: { placement_id: string; quantity: number; outlet_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: placements } = await query.graph({ entity: "consignment_placement", fields: ["*"], filters: { id: input.placement_id } })
    const placement = placements[0]
    if (!placement || (input.outlet_id && placement.outlet_id !== input.outlet_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Titipan tidak ditemukan")
    }
    const open = placement.quantity - placement.sold_quantity - placement.returned_quantity
    if (input.quantity > open) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Yang belum terjual di outlet tinggal ${open} unit`)
    const [{ data: batches }, { data: outlets }] = await Promise.all([
      query.graph({ entity: "production_batch", fields: ["id", "inventory_item_id", "location_id"], filters: { id: placement.batch_id } }),
      query.graph({ entity: "outlet", fields: ["id", "stock_location.id"], filters: { id: placement.outlet_id } }),
    ])
    const outlet = outlets[0] as { id: string; stock_location?: { id: string } | null } | undefined
    const target: ReturnTarget = {
      placement_id: placement.id,
      outlet_id: placement.outlet_id,
      batch_id: placement.batch_id,
      cohort_id: placement.cohort_id,
      variant_id: placement.variant_id,
      inventory_item_id: batches[0].inventory_item_id,
      cohort_location_id: batches[0].location_id,
      outlet_location_id: outlet!.stock_location!.id,
      quantity: input.quantity,
    }
    return new StepResponse(target)
  }
)
