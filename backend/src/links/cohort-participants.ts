import { defineLink } from "@medusajs/framework/utils"
import CohortModule from "../modules/cohort"
import ProductionModule from "../modules/production"

// A cohort has many participants; the participant row holds cohort_id, so the
// link is read-only (no link table) and participant lists filter by cohort in
// the production module itself. Never queried by /store routes.
export default defineLink(
  { linkable: CohortModule.linkable.cohort, field: "id", isList: true },
  { ...ProductionModule.linkable.participant.id, primaryKey: "cohort_id" },
  { readOnly: true }
)
