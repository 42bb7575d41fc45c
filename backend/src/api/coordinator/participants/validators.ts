import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"

const cohortId = text({ error: "Pilih kohort (cohort_id)." }).trim().min(1, { error: "Pilih kohort (cohort_id)." })
const displayName = text()
  .trim()
  .max(80, { error: "Nama tampilan paling banyak 80 karakter." })
  .nullable()
  .optional()

export const CoordinatorGetParticipantsParams = z.object({ cohort_id: cohortId }).strict()
export type CoordinatorGetParticipantsParamsType = z.infer<typeof CoordinatorGetParticipantsParams>

export const CoordinatorCreateParticipant = z
  .object({ cohort_id: cohortId, display_name: displayName, active: z.boolean().optional() })
  .strict()
export type CoordinatorCreateParticipantType = z.infer<typeof CoordinatorCreateParticipant>

export const CoordinatorUpdateParticipant = z
  .object({ display_name: displayName, active: z.boolean({ error: "active harus true atau false." }).optional() })
  .strict()
  .refine((body) => body.display_name !== undefined || body.active !== undefined, {
    error: "Tidak ada yang diubah: kirim display_name atau active.",
  })
export type CoordinatorUpdateParticipantType = z.infer<typeof CoordinatorUpdateParticipant>
