import { z } from "@medusajs/framework/zod"

// Handing over needs nothing but the order in the path; the staff member is the signed-in buyer.
export const OutletCollectPickup = z.object({}).strict()
