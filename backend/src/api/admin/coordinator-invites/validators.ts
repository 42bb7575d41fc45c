import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"

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
