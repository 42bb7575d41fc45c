import { z } from "zod"
import { formValues, issuesToErrors, text, type Parsed } from "./form-data"

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The facility's payment of a statement: its reference and the day it was paid (not after `today`, a Jakarta day). */
export function markPaidSchema(today: string) {
  return z.object({
    reference: z.string().trim().min(3, { message: "reference" }).max(120, { message: "tooLong" }),
    paid_at: z
      .string()
      .trim()
      .refine((v) => DAY.test(v) && !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()), { message: "date" })
      .refine((v) => v <= today, { message: "paidFuture" }),
  })
}

export type MarkPaidInput = { reference: string; paid_at: string }

export function parseMarkPaidForm(form: FormData, today: string): Parsed<MarkPaidInput> {
  const result = markPaidSchema(today).safeParse({ reference: text(form, "reference"), paid_at: text(form, "paid_at") })
  if (!result.success) return { ok: false, errors: issuesToErrors(result.error.issues), values: formValues(form) }
  return { ok: true, data: result.data }
}
