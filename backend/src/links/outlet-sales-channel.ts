import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import OutletModule from "../modules/outlet"

// Each outlet sells and buys through a sales channel of its own: its orders,
// the products published to it, and the revenue-share rule of that channel.
export default defineLink(
  { linkable: OutletModule.linkable.outlet, isList: false },
  { linkable: SalesChannelModule.linkable.salesChannel, isList: false }
)
