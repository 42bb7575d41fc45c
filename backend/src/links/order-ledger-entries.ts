import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import LedgerModule from "../modules/ledger"

// An order's ledger entries (entry.order_id), read-only: the order's revenue
// share is read with the order in one query (ledger-entry-order.ts is the other way).
export default defineLink({ linkable: OrderModule.linkable.order, field: "id" }, { ...LedgerModule.linkable.ledgerEntry.id, primaryKey: "order_id" }, { readOnly: true, isList: true })
