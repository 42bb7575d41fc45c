import { defineLink } from "@medusajs/framework/utils"
import PayoutModule from "../modules/payout"
import ProductionModule from "../modules/production"

// The participant a statement pays (statement.party_id when party_type is
// "participant"; a cohort's material-fund statement finds none), read-only:
// its code, and for coordinators its private name, in the statement's query.
export default defineLink({ linkable: PayoutModule.linkable.payoutStatement, field: "party_id" }, ProductionModule.linkable.participant, {
  readOnly: true,
})
