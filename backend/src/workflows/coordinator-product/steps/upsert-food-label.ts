import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FOOD_LABEL_MODULE } from "../../../modules/food-label"
import type { FoodLabelModuleService } from "../../../modules/food-label/service"
import type { FoodLabelInput } from "../../product/additional-data"

type Undo = { updated: Record<string, unknown> | null; created: { id: string; product_id: string } | null }

export type UpsertFoodLabelInput = { product_id: string; existing_label_id?: string | null; food_label: FoodLabelInput }

/**
 * Edits the product's food label, or gives it one (label + product link) when
 * it had none. Creation goes through the createProducts hook; this is the edit path.
 */
export const upsertFoodLabelStep = createStep(
  "upsert-product-food-label",
  async ({ product_id, existing_label_id, food_label }: UpsertFoodLabelInput, { container }) => {
    const labels = container.resolve<FoodLabelModuleService>(FOOD_LABEL_MODULE)
    if (existing_label_id) {
      const [previous] = await labels.listFoodLabels({ id: existing_label_id })
      await labels.updateFoodLabels({ id: existing_label_id, ...food_label })
      return new StepResponse<undefined, Undo>(undefined, { updated: previous as unknown as Record<string, unknown>, created: null })
    }
    const label = await labels.createFoodLabels(food_label)
    await container.resolve("link").create({
      [Modules.PRODUCT]: { product_id },
      [FOOD_LABEL_MODULE]: { food_label_id: label.id },
    })
    return new StepResponse<undefined, Undo>(undefined, { updated: null, created: { id: label.id, product_id } })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const labels = container.resolve<FoodLabelModuleService>(FOOD_LABEL_MODULE)
    if (undo.updated) {
      const { created_at, updated_at, deleted_at, ...previous } = undo.updated as any
      await labels.updateFoodLabels(previous)
    }
    if (undo.created) {
      await container.resolve("link").dismiss({
        [Modules.PRODUCT]: { product_id: undo.created.product_id },
        [FOOD_LABEL_MODULE]: { food_label_id: undo.created.id },
      })
      await labels.deleteFoodLabels(undo.created.id)
    }
  }
)
