import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveRun } from "../query-config"
import type { AdminPayoutRunResponse } from "@karya-binaan/contract"

/** One payout run with every statement in it (participant codes, never names). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPayoutRunResponse>) {
  res.json({ payout_run: await retrieveRun(req.scope, req.params.id) })
}
