import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"
import { isDay, isMonth } from "../../../lib/jakarta-time"

const month = text({ error: "Tulis periode sebagai bulan, misalnya 2026-11." }).trim().refine(isMonth, {
  error: "Periode tidak valid: tulis bulan seperti 2026-11.",
})
const day = (label: string) =>
  text({ error: `Isi ${label} (format 2026-11-01).` }).trim().refine(isDay, { error: `${label} tidak valid: tulis seperti 2026-11-01.` })

/**
 * A month ("2026-11", the usual way) or two days, both included
 * ({ from: "2026-11-01", to: "2026-11-15" }); nothing means this month.
 * Days and months are Asia/Jakarta calendar days.
 */
export const AdminRunPayout = z
  .object({ period: month.optional(), from: day("tanggal awal").optional(), to: day("tanggal akhir").optional() })
  .strict()
  .refine((b) => !(b.period && (b.from || b.to)), { error: "Pilih salah satu: period (bulan) atau from/to (tanggal), jangan keduanya." })
  .refine((b) => Boolean(b.from) === Boolean(b.to), { error: "Isi tanggal awal (from) dan tanggal akhir (to) bersama-sama." })
  .refine((b) => !b.from || !b.to || b.from <= b.to, { error: "Tanggal awal harus sebelum atau sama dengan tanggal akhir." })
export type AdminRunPayoutType = z.infer<typeof AdminRunPayout>

export const AdminGetPayouts = z
  .object({
    ...pagination({ limit: 20, max: 100 }),
  })
  .strict()
export type AdminGetPayoutsType = z.infer<typeof AdminGetPayouts>

export const NoQuery = z.object({}).strict()
