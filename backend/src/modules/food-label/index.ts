import { Module } from "@medusajs/framework/utils"
import { FoodLabelModuleService } from "./service"

export const FOOD_LABEL_MODULE = "food_label"

export default Module(FOOD_LABEL_MODULE, { service: FoodLabelModuleService })
