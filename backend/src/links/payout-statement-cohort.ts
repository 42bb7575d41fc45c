import { defineLink } from "@medusajs/framework/utils"
import CohortModule from "../modules/cohort"
import PayoutModule from "../modules/payout"

// The cohort a statement belongs to (statement.cohort_id), read-only: a
// statement reads its cohort's name and facility in the same query.
export default defineLink({ linkable: PayoutModule.linkable.payoutStatement, field: "cohort_id" }, CohortModule.linkable.cohort, {
  readOnly: true,
})
