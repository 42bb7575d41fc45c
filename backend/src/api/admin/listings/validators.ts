import { z } from "@medusajs/framework/zod"

export const AdminRejectListing = z
  .object({ reason: z.string().trim().min(5, "Tulis alasan penolakan (minimal 5 karakter)").max(1000) })
  .strict()
export type AdminRejectListingType = z.infer<typeof AdminRejectListing>

export const EmptyBody = z.object({}).strict()
