import type { UpdateProductDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductVariantsWorkflow,
  deleteProductVariantsWorkflow,
  setProductProductOptionsWorkflow,
  updateProductOptionValuesOnProductStep,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { FoodLabelInput } from "../product/additional-data"
import { checkListingStep } from "./steps/check-listing"
import { planVariantChangesStep, type PlanVariantChangesInput } from "./steps/plan-variant-changes"
import { upsertEnglishStep, type ProductEnglish } from "./steps/upsert-english"
import { upsertFoodLabelStep } from "./steps/upsert-food-label"

export type UpdateCohortProductInput = {
  id: string
  update: UpdateProductDTO
  /**
   * The whole variant list, replacing the product's: variants with an id are
   * updated, without one created, missing ones deleted (or archived when they
   * have batches or orders). Option titles stay; their values follow the variants.
   */
  structure?: Omit<PlanVariantChangesInput, "product_id">
  food_label?: FoodLabelInput
  existing_food_label_id?: string | null
  en?: ProductEnglish
}

/**
 * A coordinator's edit, through Medusa's product workflows: option values
 * added, variants deleted, the product and its remaining variants updated
 * (prices included), new variants created, unused values removed. Only drafts, submissions and rejected listings can be edited; the
 * listing state itself never changes here (a rejected product stays rejected,
 * with its reason, until it is resubmitted).
 */
export const updateCohortProductWorkflow = createWorkflow("update-cohort-product", (input: UpdateCohortProductInput) => {
  checkListingStep({ product_id: input.id, action: "edit" })
  const plan = when({ input }, ({ input }) => !!input.structure).then(() =>
    planVariantChangesStep(transform({ input }, ({ input }) => ({ product_id: input.id, ...input.structure! })))
  )
  // New values first: Medusa only lets a variant use values its product holds.
  when({ plan }, ({ plan }) => !!plan?.add_values.length).then(() => {
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({ product_id: input.id, update: plan!.add_values })),
    })
  })
  // Medusa's own variant workflows, so deleted variants lose their links and
  // inventory items and new ones get theirs (updateProducts alone does neither).
  when({ plan }, ({ plan }) => !!plan?.delete_ids.length).then(() => {
    deleteProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ ids: plan!.delete_ids })) })
  })
  updateProductsWorkflow.runAsStep({
    input: transform({ input, plan }, ({ input, plan }) => ({
      products: [{ id: input.id, ...input.update, ...(plan ? { variants: plan.variants } : {}) }],
    })),
  })
  when({ plan }, ({ plan }) => !!plan?.create.length).then(() => {
    createProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_variants: plan!.create })) })
  })
  when({ plan }, ({ plan }) => !!plan?.remove_values.length).then(() => {
    updateProductOptionValuesOnProductStep(transform({ plan }, ({ plan }) => plan!.remove_values))
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
