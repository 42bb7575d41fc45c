import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import LedgerModule from "../modules/ledger"

// The order an entry came from (entry.order_id), read-only: its number in a cohort's earnings.
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
