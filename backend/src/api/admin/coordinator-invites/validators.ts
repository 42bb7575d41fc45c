import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"

export const AdminCreateCoordinatorInvite = z
  .object({
    email: text().trim().toLowerCase().email("Alamat email tidak valid"),
    name: text().trim().min(1).max(120).optional(),
    cohort_ids: z
      .array(text().startsWith("coh_", "cohort_ids harus berisi id kohort (coh_…)"))
      .min(1, "Pilih setidaknya satu kohort")
      .max(20),
  })
  .strict()
export type AdminCreateCoordinatorInviteType = z.infer<typeof AdminCreateCoordinatorInvite>

export const AdminGetCoordinatorInvites = z.object({ ...pagination({ limit: 100, max: 200 }) }).strict()
export type AdminGetCoordinatorInvitesType = z.infer<typeof AdminGetCoordinatorInvites>

/** Resending takes no options: the body is {} (or none). */
export const AdminResendCoordinatorInvite = z.object({}).strict()
