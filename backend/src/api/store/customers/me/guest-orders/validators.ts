import { z } from "@medusajs/framework/zod"

/** Nothing to send: the orders are the logged-in customer's email's. */
export const StoreRequestGuestOrderTransfers = z.object({}).strict()
export type StoreRequestGuestOrderTransfersType = z.infer<typeof StoreRequestGuestOrderTransfers>

export const StoreGuestOrdersQuery = z.object({}).strict()
