import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PlacementTarget = {
  outlet_id: string
  batch_id: string
  cohort_id: string
  variant_id: string
  inventory_item_id: string
  cohort_location_id: string
  outlet_location_id: string
  quantity: number
}

/**
 * Checks a placement: the outlet exists and has its consignment location, the
 * batch is not expired and still holds the units (placed units leave the
 * batch, so online orders can no longer draw them).
 */
export const resolvePlacementStep = createStep(
  "resolve-consignment-placement",
  async (input: { outlet_id: string; batch_id: string; quantity: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: outlets }, { data: batches }] = await Promise.all([
      query.graph({ entity: "outlet", fields: ["id", "stock_location.id"], filters: { id: input.outlet_id } }),
      query.graph({
        entity: "production_batch",
        fields: ["id", "cohort_id", "variant_id", "inventory_item_id", "location_id", "remaining_quantity", "expired_at", "expiry_date"],
        filters: { id: input.batch_id },
      }),
    ])
    // Typed here: generated query types may predate the outlet ↔ stock location link.
    const outlet = outlets[0] as { id: string; stock_location?: { id: string } | null } | undefined
    const batch = batches[0]
    if (!outlet?.stock_location?.id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Outlet tidak ditemukan")
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Batch tidak ditemukan")
    const expired = batch.expired_at || (batch.expiry_date && new Date(batch.expiry_date).getTime() < Date.now())
    if (expired) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Batch ini sudah kedaluwarsa dan tidak dapat dititipkan")
    if (batch.remaining_quantity < input.quantity) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sisa batch hanya ${batch.remaining_quantity} unit`)
    }
    const target: PlacementTarget = {
      outlet_id: outlet.id,
      batch_id: batch.id,
      cohort_id: batch.cohort_id,
      variant_id: batch.variant_id,
      inventory_item_id: batch.inventory_item_id,
      cohort_location_id: batch.location_id,
      outlet_location_id: outlet.stock_location.id,
      quantity: input.quantity,
    }
    return new StepResponse(target)
  }
)
