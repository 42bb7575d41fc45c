import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"

export const AdminRejectListing = z
  .object({ reason: text().trim().min(5, "Tulis alasan penolakan (minimal 5 karakter)").max(1000) })
  .strict()
export type AdminRejectListingType = z.infer<typeof AdminRejectListing>

export const EmptyBody = z.object({}).strict()

export const AdminGetListings = z
  .object({
    state: z.enum(["draft", "submitted", "published", "rejected", "archived"]).default("submitted"),
    ...pagination({ limit: 50, max: 200 }),
  })
  .strict()
export type AdminGetListingsType = z.infer<typeof AdminGetListings>
