import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { coordinatorBatch } from "../access"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ batch: await coordinatorBatch(req, req.params.id) })
}
