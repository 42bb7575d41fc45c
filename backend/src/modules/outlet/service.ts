import { MedusaService } from "@medusajs/framework/utils"
import { ConsignmentPlacement } from "./models/consignment-placement"
import { ConsignmentReport } from "./models/consignment-report"
import { Outlet } from "./models/outlet"
import { OutletCasePack } from "./models/outlet-case-pack"
import { OutletInvite } from "./models/outlet-invite"
import { PickupTaking } from "./models/pickup-taking"

export class OutletModuleService extends MedusaService({ Outlet, OutletCasePack, OutletInvite, ConsignmentPlacement, ConsignmentReport, PickupTaking }) {
  /**
   * The outlets' consignment channels: their orders record goods already at
   * an outlet, never to pack or ship. Each outlet names its own (set when it
   * opens), so no sales channel has to be read.
   */
  async listConsignmentChannelIds(): Promise<string[]> {
    const outlets = await this.listOutlets({ consignment_sales_channel_id: { $ne: null } }, { select: ["consignment_sales_channel_id"] })
    return outlets.flatMap((o) => (o.consignment_sales_channel_id ? [o.consignment_sales_channel_id] : []))
  }
}

export default OutletModuleService
