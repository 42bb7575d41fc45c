import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { coordinatorCohortIds } from "../../../lib/coordinator/access"
import type { StatementView } from "../../../modules/payout/statement-view"
import { getStatement } from "../../admin/payout-statements/statement-views"

/** The statement if it belongs to one of the coordinator's cohorts, with private names; otherwise 404 like an unknown id. */
export async function coordinatorStatement(req: AuthenticatedMedusaRequest, id: string): Promise<StatementView> {
  const cohorts = await coordinatorCohortIds(req.scope, req.auth_context.actor_id)
  return getStatement(req.scope, id, { withNames: true }, cohorts)
}
