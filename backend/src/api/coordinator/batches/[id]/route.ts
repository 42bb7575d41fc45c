import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { coordinatorBatch } from "../access"
import type { CoordinatorBatchResponse } from "@karya-binaan/contract"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorBatchResponse>) => {
  res.json({ batch: await coordinatorBatch(req, req.params.id) })
}
