import { z } from "@medusajs/framework/zod"

export const AdminRejectListing = z
  .object({ reason: z.string().trim().min(5, "Tulis alasan penolakan (minimal 5 karakter)").max(1000) })
  .strict()
export type AdminRejectListingType = z.infer<typeof AdminRejectListing>

export const EmptyBody = z.object({}).strict()

export const AdminGetListings = z
  .object({
    state: z.enum(["draft", "submitted", "published", "rejected", "archived"]).default("submitted"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetListingsType = z.infer<typeof AdminGetListings>
