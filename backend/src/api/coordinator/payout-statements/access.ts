import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { CoordinatorRequest } from "../cohort-scope"
import { getStatement, type StatementView } from "../../../lib/payout/statement-views"

/** The statement if it belongs to one of the coordinator's cohorts, with private names; otherwise 404 like an unknown id. */
export async function coordinatorStatement(req: AuthenticatedMedusaRequest, id: string): Promise<StatementView> {
  // The coordinator's cohorts were resolved once for the request by scopeToCoordinator (../middlewares.ts).
  return getStatement(req.scope, id, { withNames: true }, (req as CoordinatorRequest).coordinator.cohort_ids)
}
