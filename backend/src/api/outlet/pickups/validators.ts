import { z } from "@medusajs/framework/zod"
import { pagination } from "../../utils/input-schemas"

export const OutletListPickups = z.object({ ...pagination({ limit: 20, max: 100 }) }).strict()
export type OutletListPickupsType = z.infer<typeof OutletListPickups>

// Handing over needs nothing but the order in the path; the staff member is the signed-in buyer.
export const OutletCollectPickup = z.object({}).strict()
