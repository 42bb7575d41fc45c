import { z } from "@medusajs/framework/zod"

export const AdminCreateCoordinatorInvite = z
  .object({
    email: z.string().trim().toLowerCase().email("Alamat email tidak valid"),
    name: z.string().trim().min(1).max(120).optional(),
    cohort_ids: z
      .array(z.string().startsWith("coh_", "cohort_ids harus berisi id kohort (coh_…)"))
      .min(1, "Pilih setidaknya satu kohort")
      .max(20),
  })
  .strict()
export type AdminCreateCoordinatorInviteType = z.infer<typeof AdminCreateCoordinatorInvite>
