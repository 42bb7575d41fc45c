import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isConsignmentChannel } from "./channel"

/** The outlets' consignment channels: their orders record goods already at an outlet, never to pack or ship. */
export async function consignmentChannelIds(scope: MedusaContainer): Promise<string[]> {
  const channels = await scope.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "metadata"] })
  return channels.filter((c) => isConsignmentChannel(c)).map((c) => c.id)
}
