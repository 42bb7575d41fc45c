import { Module } from "@medusajs/framework/utils"
import { AuthThrottleModuleService } from "./service"

export const AUTH_THROTTLE_MODULE = "auth_throttle"

export default Module(AUTH_THROTTLE_MODULE, { service: AuthThrottleModuleService })
