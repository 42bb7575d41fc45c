import { z } from "@medusajs/framework/zod"
import { calendarDay, text } from "../../utils/input-schemas"
import { wholeUnits } from "../../utils/whole-units"

export const OutletReportConsignment = z
  .object({
    period_start: calendarDay("tanggal awal periode (period_start)"),
    period_end: calendarDay("tanggal akhir periode (period_end)"),
    lines: z
      .array(
        z
          .object({
            variant_id: text().startsWith("variant_", "variant_id harus berisi id varian (variant_…)"),
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
