import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { coordinatorCohortIds } from "../../../lib/coordinator/access"
import { batchNotFound, getBatch, type BatchView } from "../../../lib/production/batch-views"

/** The batch, if it belongs to one of the coordinator's cohorts; otherwise 404 like an unknown id. */
export async function coordinatorBatch(req: AuthenticatedMedusaRequest, id: string): Promise<BatchView> {
  const [batch, cohorts] = await Promise.all([
    getBatch(req.scope, id).catch(() => undefined),
    coordinatorCohortIds(req.scope, req.auth_context.actor_id),
  ])
  if (!batch || !cohorts.includes(batch.cohort_id)) throw batchNotFound()
  return batch
}
