import { Module } from "@medusajs/framework/utils"
import { CoordinatorModuleService } from "./service"

export const COORDINATOR_MODULE = "coordinator"

export default Module(COORDINATOR_MODULE, { service: CoordinatorModuleService })
