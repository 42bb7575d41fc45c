import { Module } from "@medusajs/framework/utils"
import { CohortModuleService } from "./service"

export const COHORT_MODULE = "cohort"

export default Module(COHORT_MODULE, { service: CohortModuleService })
