import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CohortModule from "../modules/cohort"

// A cohort lists many products; each product is made by exactly one cohort.
export default defineLink(
  { linkable: CohortModule.linkable.cohort, isList: false },
  { linkable: ProductModule.linkable.product, isList: true }
)
