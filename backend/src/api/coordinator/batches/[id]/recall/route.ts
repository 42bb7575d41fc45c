import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recallList } from "../../../../../lib/production/batch-views"
import { coordinatorBatch } from "../../access"
import type { CoordinatorBatchRecallResponse } from "@karya-binaan/contract"

/** Who received units of this batch: for a food recall, every order and its shipping contact. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorBatchRecallResponse>) => {
  const batch = await coordinatorBatch(req, req.params.id)
  const orders = await recallList(req.scope, batch.id)
  res.json({ batch, orders, count: orders.length })
}
