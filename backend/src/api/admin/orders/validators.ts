import { z } from "@medusajs/framework/zod"

export const AdminGetOrderRevenueShares = z.object({}).strict()
export const AdminAllocateOrderRevenue = z.object({}).strict()
