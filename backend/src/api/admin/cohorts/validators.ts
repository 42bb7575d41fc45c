import { z } from "@medusajs/framework/zod"
import { COHORT_SORT_FIELDS } from "../../store/cohorts/query-config"
import { pagination, sortOrder, text } from "../../utils/input-schemas"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

const handle = text()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Handle must be lowercase words joined by hyphens, e.g. lapas-perempuan-pisang")
  .max(100)

const address = z
  .object({
    address_1: text().min(1),
    city: text().min(1),
    province: text().optional(),
    postal_code: text().regex(/^\d{5}$/, "Postal code must be 5 digits").optional(),
    country_code: z.literal("id").default("id"),
  })
  .strict()

const profile = {
  handle,
  name: text().min(3).max(200),
  facility_name: text().min(3).max(200),
  facility_type: z.enum(["lapas", "rutan", "bapas"]),
  area: z.enum(["plaju", "banyuasin_i", "other"]),
  craft_line: z.enum(["pisang", "tempe", "tali_meiwa", "eceng_gondok"]),
  tagline: text().min(1).max(300),
  story: text().min(1).max(10000),
  image_url: text().url().nullable().optional(),
  status: z.enum(["pending", "active", "inactive"]).optional(),
  metadata: z.record(text(), z.unknown()).nullable().optional(),
}

// Indonesian is the base language; other locales go to the Translation module.
const LOCALE_CODE = /^[a-z]{2}-[A-Z]{2}$/
const translations = z
  .record(
    text(),
    z
      .object({ name: profile.name, tagline: profile.tagline, story: profile.story })
      .partial()
      .strict()
  )
  .superRefine((byLocale, ctx) => {
    for (const code of Object.keys(byLocale).filter((c) => !LOCALE_CODE.test(c))) {
      ctx.addIssue({ code: "custom", path: [code], message: `"${code}" is not a locale code: use one like en-US` })
    }
  })
  .optional()

export const AdminCreateCohort = z
  .object({ ...profile, translations, address, sales_channel_ids: z.array(text()).default([]) })
  .strict()
export type AdminCreateCohortType = z.infer<typeof AdminCreateCohort>

export const AdminUpdateCohort = z
  .object({ ...profile, translations })
  .partial()
  .strict()
export type AdminUpdateCohortType = z.infer<typeof AdminUpdateCohort>

export const AdminGetCohortsParams = createFindParams({ limit: 20, offset: 0 })
  .extend({
    ...pagination({ limit: 20, max: 100 }),
    order: sortOrder(COHORT_SORT_FIELDS),
    q: text().optional(),
    handle: text().optional(),
    status: z.enum(["pending", "active", "inactive"]).optional(),
    facility_type: z.enum(["lapas", "rutan", "bapas"]).optional(),
  })
  .strict()
export type AdminGetCohortsParamsType = z.infer<typeof AdminGetCohortsParams>

export const AdminGetCohortParams = createSelectParams().strict()
