import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handlePaymentWebhook } from "./handle-payment-webhook"

/**
 * Replaces Medusa's POST /hooks/payment/:provider (same path, so this one wins):
 * verify first, refuse with 400, process in the request. See handlePaymentWebhook.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const outcome = await handlePaymentWebhook(req.scope, {
    provider: req.params.provider,
    payload: { data: req.body as Record<string, unknown>, rawData: req.rawBody, headers: req.headers as Record<string, unknown> },
  })
  res.status(outcome.status).json(outcome.body)
}
