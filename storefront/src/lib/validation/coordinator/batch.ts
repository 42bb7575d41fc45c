import { z } from "zod"
import { formValues, issuesToErrors, rowIndexes, text, type Parsed } from "./form-data"

export const CONTRIBUTION_MEASURES = ["units", "hours"] as const
export type ContributionMeasure = (typeof CONTRIBUTION_MEASURES)[number]

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const date = z
  .string()
  .trim()
  .refine((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message: "date" })
const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || (ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))), { message: "date" })

const batchSchema = z.object({
  variant_id: z.string().trim().min(1, { message: "required" }),
  quantity: z.string().trim().refine((v) => /^\d{1,6}$/.test(v) && Number(v) > 0, { message: "quantity" }),
  batch_code: z
    .string()
    .trim()
    .min(1, { message: "required" })
    .max(40, { message: "tooLong" })
    .refine((v) => /^[A-Za-z0-9][A-Za-z0-9/._-]*$/.test(v), { message: "batchCode" }),
  production_date: date,
  expiry_date: optionalDate,
  measure: z.enum(CONTRIBUTION_MEASURES, { message: "required" }),
  contributions: z.array(
    z.object({
      participant_id: z.string().trim().min(1, { message: "required" }),
      // Hours may be halves (2.5); units are whole.
      amount: z.string().trim().refine((v) => /^\d{1,5}([.,]\d)?$/.test(v) && Number(v.replace(",", ".")) > 0, { message: "contribution" }),
    })
  ),
})

export type BatchBody = {
  variant_id: string
  quantity: number
  batch_code: string
  production_date: string
  expiry_date?: string
  contributions: ({ participant_id: string } & ({ units: number } | { hours: number }))[]
}

type Context = {
  /** Variants of food products: their batches need an expiry date. */
  foodVariantIds: ReadonlySet<string>
  /** Today as YYYY-MM-DD in the cohort's time (WIB): nothing is produced in the future. */
  today: string
}

/** The batch form → the body of POST /coordinator/batches. */
export function parseBatchForm(form: FormData, { foodVariantIds, today }: Context): Parsed<BatchBody> {
  const rows = rowIndexes(form, "contributions")
    .map((index) => ({ index, participant_id: text(form, `contributions.${index}.participant_id`), amount: text(form, `contributions.${index}.amount`) }))
    .filter((row) => row.participant_id !== "" || row.amount.trim() !== "")
  const raw = {
    variant_id: text(form, "variant_id"),
    quantity: text(form, "quantity"),
    batch_code: text(form, "batch_code"),
    production_date: text(form, "production_date"),
    expiry_date: text(form, "expiry_date"),
    measure: text(form, "measure"),
    contributions: rows.map(({ participant_id, amount }) => ({ participant_id, amount })),
  }
  const result = batchSchema.safeParse(raw)
  const errors: Record<string, string> = {}
  for (const [key, message] of Object.entries(result.success ? {} : issuesToErrors(result.error.issues))) {
    const row = key.match(/^contributions\.(\d+)\.(.+)$/)
    errors[row ? `contributions.${rows[Number(row[1])]?.index ?? row[1]}.${row[2]}` : key] ??= message
  }
  if (!rows.length) errors["contributions.0.participant_id"] ??= "contributionsRequired"
  const { production_date, expiry_date, variant_id, measure } = raw
  if (!errors.production_date && production_date > today) errors.production_date = "productionFuture"
  if (!errors.expiry_date) {
    if (expiry_date === "" && foodVariantIds.has(variant_id)) errors.expiry_date = "expiryRequired"
    else if (expiry_date !== "" && !errors.production_date && expiry_date <= production_date) errors.expiry_date = "expiryBeforeProduction"
  }
  const seen = new Set<string>()
  rows.forEach((row) => {
    if (row.participant_id && seen.has(row.participant_id)) errors[`contributions.${row.index}.participant_id`] ??= "duplicateParticipant"
    seen.add(row.participant_id)
    if (measure === "units" && /[.,]/.test(row.amount)) errors[`contributions.${row.index}.amount`] ??= "wholeUnits"
  })
  if (!result.success || Object.keys(errors).length) return { ok: false, errors, values: formValues(form) }
  const data = result.data
  return {
    ok: true,
    data: {
      variant_id: data.variant_id,
      quantity: Number(data.quantity),
      batch_code: data.batch_code.toUpperCase(),
      production_date: data.production_date,
      ...(data.expiry_date ? { expiry_date: data.expiry_date } : {}),
      contributions: data.contributions.map(({ participant_id, amount }) => {
        const value = Number(amount.replace(",", "."))
        return data.measure === "units" ? { participant_id, units: value } : { participant_id, hours: value }
      }),
    },
  }
}
