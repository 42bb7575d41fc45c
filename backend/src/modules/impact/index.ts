import { Module } from "@medusajs/framework/utils"
import { ImpactModuleService } from "./service"

export const IMPACT_MODULE = "impact"

export default Module(IMPACT_MODULE, { service: ImpactModuleService })
