import type { UpdateProductDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { FoodLabelInput } from "../product/additional-data"
import { checkListingStep } from "./steps/check-listing"
import { upsertEnglishStep } from "./steps/upsert-english"
import { upsertFoodLabelStep } from "./steps/upsert-food-label"

type VariantUpsert = {
  id?: string
  variant_rank: number
  title: string
  sku: string | null
  weight: number | null
  options: Record<string, string>
  prices?: { amount: number; currency_code: string }[]
}

export type UpdateCohortProductInput = {
  id: string
  update: UpdateProductDTO
  /**
   * The whole variant list, replacing the product's: variants with an id are
   * updated, without one created, missing ones removed. Options stay as they are.
   */
  structure?: { variants: VariantUpsert[] }
  food_label?: FoodLabelInput
  existing_food_label_id?: string | null
  en?: Record<string, string | undefined>
}

/**
 * A coordinator's edit, through Medusa's updateProducts workflow (variant prices
 * included). Only drafts, submissions and rejected listings can be edited; the
 * listing state itself never changes here (a rejected product stays rejected,
 * with its reason, until it is resubmitted).
 */
export const updateCohortProductWorkflow = createWorkflow("update-cohort-product", (input: UpdateCohortProductInput) => {
  checkListingStep({ product_id: input.id, action: "edit" })
  updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      products: [
        {
          id: input.id,
          ...input.update,
          ...(input.structure ? { variants: input.structure.variants } : {}),
        },
      ],
    })),
  })
  when({ input }, ({ input }) => !!input.food_label).then(() => {
    upsertFoodLabelStep(
      transform({ input }, ({ input }) => ({
        product_id: input.id,
        existing_label_id: input.existing_food_label_id,
        food_label: input.food_label!,
      }))
    )
  })
  upsertEnglishStep(transform({ input }, ({ input }) => ({ product_id: input.id, en: input.en })))
  return new WorkflowResponse(input.id)
})
