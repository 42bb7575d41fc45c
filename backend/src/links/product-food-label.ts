import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FoodLabelModule from "../modules/food-label"

// A food product has one label; deleting the product deletes its label.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: false },
  { linkable: FoodLabelModule.linkable.foodLabel, isList: false, deleteCascade: true }
)
