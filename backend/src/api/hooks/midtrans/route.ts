import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleMidtransNotification } from "../../../workflows/midtrans/handle-midtrans-notification"
import { midtransEnabled } from "../../../lib/midtrans-providers"

/**
 * Midtrans' payment notification URL (set it in the Midtrans dashboard:
 * <backend>/hooks/midtrans). Verified, re-read and processed before the answer;
 * see handleMidtransNotification.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  if (!midtransEnabled()) {
    res.status(404).json({ message: "Midtrans is not configured on this server (MIDTRANS_SERVER_KEY, MIDTRANS_CLIENT_KEY)." })
    return
  }
  // Its shape was checked by ../middlewares.ts (./validators).
  const outcome = await handleMidtransNotification(req.scope, req.body as Record<string, unknown>)
  res.status(outcome.status).json(outcome.body)
}
