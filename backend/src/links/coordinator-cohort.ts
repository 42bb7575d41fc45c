import { defineLink } from "@medusajs/framework/utils"
import CohortModule from "../modules/cohort"
import CoordinatorModule from "../modules/coordinator"

// A coordinator may hold several cohorts, and a cohort may have several
// coordinators (a facility officer and an NGO partner, say).
export default defineLink(
  { linkable: CoordinatorModule.linkable.coordinator, isList: true },
  { linkable: CohortModule.linkable.cohort, isList: true }
)
