import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"

export const CoordinatorGetNotesParams = z
  .object({
    status: z.enum(["pending", "approved", "rejected"], { error: "status: pending, approved atau rejected" }).optional(),
    cohort_id: text().trim().min(1).optional(),
    ...pagination({ limit: 50, max: 200 }),
  })
  .strict()
export type CoordinatorGetNotesParamsType = z.infer<typeof CoordinatorGetNotesParams>

export const CoordinatorModerateNote = z
  .object({ action: z.enum(["approve", "reject"], { error: 'action: "approve" (tampilkan) atau "reject" (tolak)' }) })
  .strict()
export type CoordinatorModerateNoteType = z.infer<typeof CoordinatorModerateNote>
