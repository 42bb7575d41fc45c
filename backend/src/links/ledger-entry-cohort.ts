import { defineLink } from "@medusajs/framework/utils"
import CohortModule from "../modules/cohort"
import LedgerModule from "../modules/ledger"

// The cohort an entry pays (entry.party_id when party_type is "cohort", its
// material fund, or "facility", the facility it settles; other parties find
// none), read-only: the party's name beside the entry.
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "party_id" }, CohortModule.linkable.cohort, { readOnly: true })
