import { defineLink } from "@medusajs/framework/utils"
import CohortModule from "../modules/cohort"
import ProductionModule from "../modules/production"

// The cohort that made the batch (batch.cohort_id); access checks go by it.
export default defineLink(
  { linkable: ProductionModule.linkable.productionBatch, field: "cohort_id" },
  CohortModule.linkable.cohort,
  { readOnly: true }
)
