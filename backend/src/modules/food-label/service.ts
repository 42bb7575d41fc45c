import { MedusaService } from "@medusajs/framework/utils"
import { FoodLabel } from "./models/food-label"

export class FoodLabelModuleService extends MedusaService({ FoodLabel }) {}

export default FoodLabelModuleService
