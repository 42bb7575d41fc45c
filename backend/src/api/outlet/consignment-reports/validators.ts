import { z } from "@medusajs/framework/zod"
import { wholeUnits } from "../../utils/whole-units"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal ditulis YYYY-MM-DD")

export const OutletReportConsignment = z
  .object({
    period_start: day,
    period_end: day,
    lines: z
      .array(
        z
          .object({
            variant_id: z.string().startsWith("variant_", "variant_id harus berisi id varian (variant_…)"),
            quantity: wholeUnits(100_000, "Jumlah terjual harus lebih dari 0"),
          })
          .strict()
      )
      .min(1, "Isi jumlah terjual untuk paling sedikit satu produk")
      .max(200)
      .refine((lines) => new Set(lines.map((l) => l.variant_id)).size === lines.length, "Setiap varian cukup satu baris"),
  })
  .strict()
export type OutletReportConsignmentType = z.infer<typeof OutletReportConsignment>
