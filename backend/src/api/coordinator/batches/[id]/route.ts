import type { MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorRequest } from "../../cohort-scope"
import { refetchBatch } from "../helpers"
import type { CoordinatorBatchResponse } from "@karya-binaan/contract"

export const GET = async (req: CoordinatorRequest, res: MedusaResponse<CoordinatorBatchResponse>) => {
  res.json({ batch: await refetchBatch(req.scope, req.params.id, req.coordinator.cohort_ids) })
}
