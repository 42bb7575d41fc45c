import { MedusaService } from "@medusajs/framework/utils"
import { Coordinator } from "./models/coordinator"
import { CoordinatorInvite } from "./models/coordinator-invite"

export class CoordinatorModuleService extends MedusaService({ Coordinator, CoordinatorInvite }) {}

export default CoordinatorModuleService
