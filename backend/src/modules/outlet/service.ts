import { MedusaService } from "@medusajs/framework/utils"
import { Outlet } from "./models/outlet"
import { OutletCasePack } from "./models/outlet-case-pack"
import { OutletInvite } from "./models/outlet-invite"

export class OutletModuleService extends MedusaService({ Outlet, OutletCasePack, OutletInvite }) {}

export default OutletModuleService
