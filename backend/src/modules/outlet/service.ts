import { MedusaService } from "@medusajs/framework/utils"
import { ConsignmentPlacement } from "./models/consignment-placement"
import { ConsignmentReport } from "./models/consignment-report"
import { Outlet } from "./models/outlet"
import { OutletCasePack } from "./models/outlet-case-pack"
import { OutletInvite } from "./models/outlet-invite"

export class OutletModuleService extends MedusaService({ Outlet, OutletCasePack, OutletInvite, ConsignmentPlacement, ConsignmentReport }) {}

export default OutletModuleService
