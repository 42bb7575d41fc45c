import { transform } from "@medusajs/framework/workflows-sdk"
import { COHORT_MODULE } from "../../../modules/cohort"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"

/** The coordinator ↔ cohort link rows, for createRemoteLinkStep (which dismisses them on rollback). */
export function coordinatorCohortLinks(input: { coordinator: { id: string }; cohort_ids: string[] }) {
  return transform(input, ({ coordinator, cohort_ids }) =>
    cohort_ids.map((cohort_id) => ({
      [COORDINATOR_MODULE]: { coordinator_id: coordinator.id },
      [COHORT_MODULE]: { cohort_id },
    }))
  )
}
