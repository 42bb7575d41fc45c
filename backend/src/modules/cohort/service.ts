import { MedusaService } from "@medusajs/framework/utils"
import { Cohort } from "./models/cohort"

export class CohortModuleService extends MedusaService({ Cohort }) {}

export default CohortModuleService
