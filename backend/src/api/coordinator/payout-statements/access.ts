import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { coordinatorCohortIds } from "../../../lib/coordinator/access"
import { retrieveStatement, type StatementRow } from "../../admin/payout-statements/query-config"

/** The statement if it belongs to one of the coordinator's cohorts; otherwise 404 like an unknown id. */
export async function coordinatorStatement(req: AuthenticatedMedusaRequest, id: string, fields?: string[]): Promise<StatementRow> {
  const cohorts = await coordinatorCohortIds(req.scope, req.auth_context.actor_id)
  return retrieveStatement(req.scope, id, { fields, cohortIds: cohorts })
}
