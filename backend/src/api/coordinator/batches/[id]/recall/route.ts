import type { MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorRequest } from "../../../cohort-scope"
import { recallList, refetchBatch } from "../../helpers"
import type { CoordinatorBatchRecallResponse } from "@karya-binaan/contract"

/** Who received units of this batch: for a food recall, every order and its shipping contact. */
export const GET = async (req: CoordinatorRequest, res: MedusaResponse<CoordinatorBatchRecallResponse>) => {
  const batch = await refetchBatch(req.scope, req.params.id, req.coordinator.cohort_ids)
  const orders = await recallList(req.scope, batch.id)
  res.json({ batch, orders, count: orders.length })
}
