import { model } from "@medusajs/framework/utils"

/**
 * Units of one production batch placed at an outlet on consignment: still the
 * cohort's goods until the outlet reports them sold. What is left there is
 * quantity − sold − returned; sales and returns are counted here, never
 * derived from a stored balance elsewhere.
 */
export const ConsignmentPlacement = model
  .define("consignment_placement", {
    id: model.id({ prefix: "ocsg" }).primaryKey(),
    outlet_id: model.text(),
    batch_id: model.text(),
    cohort_id: model.text(),
    variant_id: model.text(),
    quantity: model.number(),
    sold_quantity: model.number().default(0),
    returned_quantity: model.number().default(0),
  })
  .indexes([{ on: ["outlet_id", "variant_id"] }, { on: ["batch_id"] }])
