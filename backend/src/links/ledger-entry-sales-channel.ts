import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import LedgerModule from "../modules/ledger"

// The outlet channel an entry pays (entry.party_id when party_type is
// "outlet"; other parties find none), read-only: its name beside the entry.
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "party_id" }, SalesChannelModule.linkable.salesChannel, { readOnly: true })
