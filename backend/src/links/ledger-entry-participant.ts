import { defineLink } from "@medusajs/framework/utils"
import LedgerModule from "../modules/ledger"
import ProductionModule from "../modules/production"

// The participant an entry pays (entry.party_id when party_type is
// "participant"; other parties find none), read-only: code and name in a cohort's earnings.
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "party_id" }, ProductionModule.linkable.participant, { readOnly: true })
