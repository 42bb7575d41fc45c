import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProductionModule from "../modules/production"

// A batch is one run of one variant (batch.variant_id), read-only link so the
// batch list can show the product and variant titles through Query.
export default defineLink(
  { linkable: ProductionModule.linkable.productionBatch, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
