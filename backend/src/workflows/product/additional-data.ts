import { z } from "@medusajs/framework/zod"

/** The food label fields a food product carries (P-IRT rules). */
export const FoodLabelSchema = z
  .object({
    pirt_number: z
      .string()
      .regex(/^\d{15,}$/, "P-IRT number must be at least 15 digits, digits only")
      .nullable()
      .optional(),
    halal_status: z.enum(["certified", "in_process", "not_certified"]),
    halal_certificate_number: z.string().min(1).nullable().optional(),
    shelf_life_days: z.number().int().positive().max(3650),
    ingredients: z.string().min(1),
    allergens: z.string().nullable().optional(),
    storage: z.string().nullable().optional(),
  })
  .strict()
export type FoodLabelInput = z.infer<typeof FoodLabelSchema>

/** What product create/update routes accept in `additional_data`. */
export const ProductAdditionalDataSchema = z
  .object({
    cohort_id: z.string().startsWith("coh_", "cohort_id must be a cohort id (coh_…)").optional(),
    food_label: FoodLabelSchema.optional(),
  })
  .strict()
export type ProductAdditionalData = z.infer<typeof ProductAdditionalDataSchema>
