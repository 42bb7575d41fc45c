import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import RevenueShareModule from "../modules/revenue-share"

// The sales channel a rule is scoped to (rule.sales_channel_id), read-only: its
// name and whether it is an outlet's, in the rule's own query.
export default defineLink({ linkable: RevenueShareModule.linkable.revenueShareRule, field: "sales_channel_id" }, SalesChannelModule.linkable.salesChannel, {
  readOnly: true,
})
