import { model } from "@medusajs/framework/utils"

/**
 * What the label of a home-industry food product must say (P-IRT rules):
 * permit number, halal status, shelf life, ingredients and allergens.
 * Net weight is a variant option ("Berat bersih"), since it varies by size.
 */
export const FoodLabel = model.define("food_label", {
  id: model.id({ prefix: "flbl" }).primaryKey(),
  // P-IRT numbers have at least 15 digits; kept as text to keep leading zeros.
  pirt_number: model.text().nullable(),
  halal_status: model.enum(["certified", "in_process", "not_certified"]).default("not_certified"),
  halal_certificate_number: model.text().nullable(),
  shelf_life_days: model.number(),
  ingredients: model.text().translatable(),
  allergens: model.text().translatable().nullable(),
  storage: model.text().translatable().nullable(),
})
