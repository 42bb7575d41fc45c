import { z } from "@medusajs/framework/zod"
import { calendarDayOrTime, pagination, sortOrder, text } from "../../utils/input-schemas"

const cohortId = text({ error: "Pilih kohort (cohort_id)." }).trim().min(1, { error: "Pilih kohort (cohort_id)." })

// Refinements, not .int()/.positive(): Medusa rewrites those into its own
// English message, a refinement's message reaches the person as written.
export const wholeCount = (label: string, max: number) =>
  z
    .number({ error: `${label} berupa angka.` })
    .refine((n) => Number.isInteger(n) && n > 0, { error: `${label} harus bilangan bulat lebih dari 0.` })
    .refine((n) => n <= max, { error: `${label} paling banyak ${max}.` })

const contribution = z
  .object({
    participant_id: text({ error: "Pilih peserta (participant_id)." }).trim().min(1, { error: "Pilih peserta (participant_id)." }),
    units: wholeCount("Unit", 100_000).nullable().optional(),
    hours: z
      .number({ error: "Jam kerja berupa angka." })
      .refine((n) => n > 0 && n <= 10_000, { error: "Jam kerja harus lebih dari 0." })
      .nullable()
      .optional(),
  })
  .strict()
  .refine((c) => c.units != null || c.hours != null, { error: "Isi bagian kerja peserta: unit atau jam." })

export const CoordinatorGetBatchesParams = z
  .object({ cohort_id: cohortId, order: sortOrder(["expiry_date", "production_date"]), ...pagination({ limit: 50, max: 200 }) })
  .strict()
export type CoordinatorGetBatchesParamsType = z.infer<typeof CoordinatorGetBatchesParams>

export const CoordinatorCreateBatch = z
  .object({
    cohort_id: cohortId,
    variant_id: text({ error: "Pilih varian produk (variant_id)." }).trim().min(1, { error: "Pilih varian produk (variant_id)." }),
    quantity: wholeCount("Jumlah", 100_000),
    batch_code: text({ error: "Isi kode batch." })
      .trim()
      .min(1, { error: "Isi kode batch." })
      .max(40, { error: "Kode batch paling banyak 40 karakter." }),
    production_date: calendarDayOrTime("tanggal produksi"),
    expiry_date: calendarDayOrTime("tanggal kedaluwarsa").nullable().optional(),
    contributions: z
      .array(contribution, { error: "Catat siapa yang membuat batch ini (contributions)." })
      .refine((list) => list.length > 0, { error: "Catat minimal satu peserta yang membuat batch ini." }),
  })
  .strict()
export type CoordinatorCreateBatchType = z.infer<typeof CoordinatorCreateBatch>

export const CoordinatorGetBatchParams = z.object({}).strict()
