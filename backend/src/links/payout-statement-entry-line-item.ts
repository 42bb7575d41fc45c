import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PayoutModule from "../modules/payout"

// The order line a statement line came from (entry.line_item_id), read-only: its product and variant titles on the slip.
export default defineLink({ linkable: PayoutModule.linkable.payoutStatementEntry, field: "line_item_id" }, OrderModule.linkable.orderLineItem, { readOnly: true })
