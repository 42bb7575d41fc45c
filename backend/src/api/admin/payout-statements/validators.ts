import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/input-schemas"
import { isDay, jakartaDay } from "../../../lib/jakarta-time"

/**
 * The facility's payment of a statement: its reference (transfer number,
 * receipt, savings-book entry) and the Jakarta day it was paid, not later than today.
 */
export const MarkStatementPaid = z
  .object({
    reference: text({ error: "Isi referensi pembayaran (nomor bukti transfer atau kuitansi)." })
      .trim()
      .min(3, { error: "Referensi pembayaran minimal 3 karakter." })
      .max(120, { error: "Referensi pembayaran paling banyak 120 karakter." }),
    paid_at: text({ error: "Isi tanggal pembayaran (format 2026-11-23)." })
      .trim()
      .refine(isDay, { error: "Tanggal pembayaran tidak valid: tulis seperti 2026-11-23." })
      .refine((day) => day <= jakartaDay(new Date()), { error: "Tanggal pembayaran tidak boleh setelah hari ini." }),
  })
  .strict()
export type MarkStatementPaidType = z.infer<typeof MarkStatementPaid>

export const NoQuery = z.object({}).strict()
