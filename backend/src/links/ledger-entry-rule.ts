import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import RevenueShareModule from "../modules/revenue-share"

// The rule version that allocated an entry (entry.rule_id), read-only: its name and version beside the entry.
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "rule_id" }, RevenueShareModule.linkable.revenueShareRule, { readOnly: true })
