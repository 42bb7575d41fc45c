import { defineLink } from "@medusajs/framework/utils"
import CohortModule from "../modules/cohort"
import RevenueShareModule from "../modules/revenue-share"

// The cohort a rule is scoped to (rule.cohort_id; the default scope finds none),
// read-only: operators read the scope's name in the rule's own query.
export default defineLink({ linkable: RevenueShareModule.linkable.revenueShareRule, field: "cohort_id" }, CohortModule.linkable.cohort, { readOnly: true })
