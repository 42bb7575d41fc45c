import { z } from "@medusajs/framework/zod"
import { pagination, sortOrder, text } from "../../utils/input-schemas"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { COHORT_SORT_FIELDS, storeCohortFields } from "./query-config"

// Medusa drops fields outside the allowed list without a word; asking for a
// private field (status, metadata, members) should be told so instead.
const publicFields = text()
  .optional()
  .refine(
    (fields) => !fields || fields.split(",").every((f) => storeCohortFields.includes(f.replace(/^[+-]/, ""))),
    { message: `Only these cohort fields can be requested: ${storeCohortFields.join(", ")}` }
  )

export const StoreGetCohortsParams = createFindParams({ limit: 20, offset: 0 })
  .extend({
    ...pagination({ limit: 20, max: 100 }),
    order: sortOrder(COHORT_SORT_FIELDS),
    q: text().optional(),
    facility_type: z.enum(["lapas", "rutan", "bapas"]).optional(),
    craft_line: z.enum(["pisang", "tempe", "tali_meiwa", "eceng_gondok"]).optional(),
    fields: publicFields,
  })
  .strict()
export type StoreGetCohortsParamsType = z.infer<typeof StoreGetCohortsParams>

export const StoreGetCohortParams = createSelectParams().extend({ fields: publicFields }).strict()
export type StoreGetCohortParamsType = z.infer<typeof StoreGetCohortParams>

/** GET /store/cohorts/:handle/notes takes no parameters (the newest approved notes). */
export const StoreGetCohortNotesParams = z.object({}).strict()
