import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { FoodLabelInput } from "../product/additional-data"
import { freeHandleStep } from "./steps/free-handle"
import { storeDefaultsStep } from "./steps/store-defaults"
import { upsertEnglishStep, type ProductEnglish } from "./steps/upsert-english"

export type CreateCohortProductInput = {
  cohort_id: string
  /** Product fields without sales channel, shipping profile and handle (the store's defaults and a free handle are used). */
  product: Omit<CreateProductWorkflowInputDTO, "sales_channels" | "shipping_profile_id" | "handle">
  food_label?: FoodLabelInput
  en?: ProductEnglish
}

/**
 * A coordinator's new product, always a draft, under the title's own handle
 * ("-2" only on a clash): Medusa's createProductsWorkflow
 * (its hook links the cohort and the food label), then the English texts.
 */
export const createCohortProductWorkflow = createWorkflow("create-cohort-product", (input: CreateCohortProductInput) => {
  const defaults = storeDefaultsStep()
  const handle = freeHandleStep(transform({ input }, ({ input }) => ({ title: input.product.title })))
  const productsInput = transform({ input, defaults, handle }, ({ input, defaults, handle }) => ({
    products: [
      {
        ...input.product,
        handle,
        status: "draft" as const,
        sales_channels: [{ id: defaults.sales_channel_id }],
        shipping_profile_id: defaults.shipping_profile_id,
      },
    ],
    additional_data: { cohort_id: input.cohort_id, ...(input.food_label ? { food_label: input.food_label } : {}) },
  }))
  const products = createProductsWorkflow.runAsStep({ input: productsInput })
  const productId = transform({ products }, ({ products }) => products[0].id)
  upsertEnglishStep(transform({ productId, input }, ({ productId, input }) => ({ product_id: productId, en: input.en })))
  return new WorkflowResponse(productId)
})
