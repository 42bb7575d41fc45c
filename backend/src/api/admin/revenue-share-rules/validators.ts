import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"
import { dayOrTimeInstant, isDayOrTime } from "../../../lib/jakarta-time"
import { BUCKET_CODES } from "../../../modules/revenue-share/models/revenue-share-bucket"

// A calendar day starts at midnight in Palembang (WIB, UTC+7); a full ISO time is taken as given.
const effectiveFrom = text({ error: "Isi tanggal berlaku (effective_from, format 2026-12-01)." })
  .trim()
  .refine(isDayOrTime, { error: "Tanggal berlaku tidak valid: tulis seperti 2026-12-01." })
  .transform(dayOrTimeInstant)

const bucket = z
  .object({
    // A refinement, not z.enum: Medusa rewrites an enum's message into its own English one.
    code: text({ error: "Isi kode pos (code)." })
      .refine((c) => (BUCKET_CODES as readonly string[]).includes(c), { error: `Pos harus salah satu dari: ${BUCKET_CODES.join(", ")}.` })
      .transform((c) => c as (typeof BUCKET_CODES)[number]),
    basis_points: z
      .number({ error: "Basis poin berupa angka." })
      .refine((n) => Number.isInteger(n) && n >= 0 && n <= 10_000, { error: "Basis poin harus bilangan bulat 0 sampai 10.000." }),
  })
  .strict()

const buckets = z
  .array(bucket, { error: "Isi pos pembagian (buckets)." })
  .refine((list) => list.length > 0, { error: "Isi minimal satu pos pembagian." })

const name = text({ error: "Isi nama aturan." }).trim().min(1, { error: "Isi nama aturan." }).max(120, { error: "Nama paling banyak 120 karakter." })
const scopeId = text().trim().min(1).nullable().optional()

export const AdminCreateRevenueShareRule = z
  .object({ name, cohort_id: scopeId, sales_channel_id: scopeId, effective_from: effectiveFrom, buckets })
  .strict()
export type AdminCreateRevenueShareRuleType = z.infer<typeof AdminCreateRevenueShareRule>

/** The scope is what makes a rule a version of another: it never changes. */
export const AdminUpdateRevenueShareRule = z.object({ name, effective_from: effectiveFrom, buckets }).partial().strict()
export type AdminUpdateRevenueShareRuleType = z.infer<typeof AdminUpdateRevenueShareRule>

export const AdminCreateRevenueShareRuleVersion = z.object({ name: name.optional(), effective_from: effectiveFrom, buckets }).strict()
export type AdminCreateRevenueShareRuleVersionType = z.infer<typeof AdminCreateRevenueShareRuleVersion>

export const AdminGetRevenueShareRulesParams = z
  .object({
    cohort_id: text().trim().min(1).optional(),
    sales_channel_id: text().trim().min(1).optional(),
    // The Admin page asks without a limit and shows every rule: the default is above any real count of versions.
    ...pagination({ limit: 200, max: 500 }),
  })
  .strict()
export type AdminGetRevenueShareRulesParamsType = z.infer<typeof AdminGetRevenueShareRulesParams>

export const AdminGetRevenueShareRuleParams = z.object({}).strict()
