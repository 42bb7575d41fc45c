import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"
import { wholeUnits } from "../../utils/whole-units"

export const PlaceConsignment = z
  .object({
    batch_id: text().startsWith("pbat_", "batch_id harus berisi id batch (pbat_…)"),
    quantity: wholeUnits(100_000),
  })
  .strict()
export type PlaceConsignmentType = z.infer<typeof PlaceConsignment>

export const CoordinatorPlaceConsignment = PlaceConsignment.extend({
  outlet_id: text().startsWith("outl_", "outlet_id harus berisi id outlet (outl_…)"),
}).strict()
export type CoordinatorPlaceConsignmentType = z.infer<typeof CoordinatorPlaceConsignment>

export const ReturnConsignment = z
  .object({ quantity: wholeUnits(100_000) })
  .strict()
export type ReturnConsignmentType = z.infer<typeof ReturnConsignment>
