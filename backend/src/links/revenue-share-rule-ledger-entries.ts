import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import RevenueShareModule from "../modules/revenue-share"

// The ledger entries a rule version allocated (entry.rule_id), read-only: a
// rule that has any is "used" and can no longer be edited.
export default defineLink(
  { linkable: RevenueShareModule.linkable.revenueShareRule, field: "id" },
  { ...LedgerModule.linkable.ledgerEntry.id, primaryKey: "rule_id" },
  { readOnly: true, isList: true }
)
