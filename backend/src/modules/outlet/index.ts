import { Module } from "@medusajs/framework/utils"
import { OutletModuleService } from "./service"

export const OUTLET_MODULE = "outlet"

export default Module(OUTLET_MODULE, { service: OutletModuleService })
