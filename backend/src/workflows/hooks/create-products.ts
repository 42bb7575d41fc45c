import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { COHORT_MODULE } from "../../modules/cohort"
import type { CohortModuleService } from "../../modules/cohort/service"
import { FOOD_LABEL_MODULE } from "../../modules/food-label"
import type { FoodLabelModuleService } from "../../modules/food-label/service"
import { ProductAdditionalDataSchema } from "../product/additional-data"

// Every product belongs to the cohort that makes it; food products also get
// their label. Both happen inside the product's own workflow so a failure
// rolls the product back instead of leaving an orphan.
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const data = ProductAdditionalDataSchema.parse(additional_data ?? {})
    const link = container.resolve("link")
    const created = { links: [] as Record<string, Record<string, string>>[], label_ids: [] as string[] }
    if (!data.cohort_id && !data.food_label) {
      return new StepResponse(created, created)
    }

    if (data.cohort_id) {
      const cohorts = container.resolve<CohortModuleService>(COHORT_MODULE)
      const [cohort] = await cohorts.listCohorts({ id: data.cohort_id })
      if (!cohort) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cohort ${data.cohort_id} was not found`)
      }
      created.links.push(
        ...products.map((p) => ({
          [COHORT_MODULE]: { cohort_id: cohort.id },
          [Modules.PRODUCT]: { product_id: p.id },
        }))
      )
    }

    if (data.food_label) {
      const labels = container.resolve<FoodLabelModuleService>(FOOD_LABEL_MODULE)
      const label = data.food_label
      const made = await labels.createFoodLabels(products.map(() => ({ ...label })))
      created.label_ids = made.map((l) => l.id)
      created.links.push(
        ...products.map((p, i) => ({
          [Modules.PRODUCT]: { product_id: p.id },
          [FOOD_LABEL_MODULE]: { food_label_id: made[i].id },
        }))
      )
    }

    await link.create(created.links)
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    if (created.links.length) {
      await container.resolve("link").dismiss(created.links)
    }
    if (created.label_ids.length) {
      await container
        .resolve<FoodLabelModuleService>(FOOD_LABEL_MODULE)
        .deleteFoodLabels(created.label_ids)
    }
  }
)
