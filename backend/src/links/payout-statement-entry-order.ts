import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PayoutModule from "../modules/payout"

// The order a statement line came from (entry.order_id), read-only: its number on the slip.
export default defineLink({ linkable: PayoutModule.linkable.payoutStatementEntry, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
