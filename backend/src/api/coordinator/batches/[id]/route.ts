import type { MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorRequest } from "../../cohort-scope"
import { refetchBatch } from "../helpers"

export const GET = async (req: CoordinatorRequest, res: MedusaResponse) => {
  res.json({ batch: await refetchBatch(req.scope, req.params.id, req.coordinator.cohort_ids) })
}
