import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { CoordinatorRequest } from "../cohort-scope"
import { retrieveStatement, type StatementRow } from "../../admin/payout-statements/query-config"

/** The statement if it belongs to one of the coordinator's cohorts; otherwise 404 like an unknown id. */
export async function coordinatorStatement(req: AuthenticatedMedusaRequest, id: string, fields?: string[]): Promise<StatementRow> {
  // The coordinator's cohorts were resolved once for the request by scopeToCoordinator (../middlewares.ts).
  return retrieveStatement(req.scope, id, { fields, cohortIds: (req as CoordinatorRequest).coordinator.cohort_ids })
}
