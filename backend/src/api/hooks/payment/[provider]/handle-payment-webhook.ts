import type { MedusaContainer, ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The actions Medusa's own `payment.webhook_received` subscriber acts on; it
 * ignores pending, failed, cancelled and requires-more events the same way.
 */
const PROCESSED_ACTIONS: string[] = [PaymentActions.AUTHORIZED, PaymentActions.SUCCESSFUL]

export type WebhookOutcome = { status: number; body: Record<string, unknown> }

/**
 * Verifies a payment provider's webhook and processes it before answering.
 *
 * Medusa's core route answers 200 at once and queues the event, with a delay,
 * on the event bus; it checks the signature only when the event is handled.
 * That refuses nothing, and with the in-memory event bus (no REDIS_URL) a
 * queued event dies with the process. Here the provider verifies the
 * signature first (Stripe: `webhooks.constructEvent` on the raw body), so a
 * forged or mangled call gets 400, and the payment is processed in the
 * request by Medusa's processPaymentWorkflow, so a failure answers 5xx and
 * Stripe delivers the event again. processPaymentWorkflow locks the cart and
 * skips what is already done, so a second delivery changes nothing.
 */
export async function handlePaymentWebhook(
  container: MedusaContainer,
  { provider, payload }: { provider: string; payload: ProviderWebhookPayload["payload"] }
): Promise<WebhookOutcome> {
  const payment = container.resolve(Modules.PAYMENT)
  let event: Awaited<ReturnType<typeof payment.getWebhookActionAndData>>
  try {
    event = await payment.getWebhookActionAndData({ provider, payload })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { status: 400, body: { message: `Webhook refused: it could not be verified. ${reason}` } }
  }
  if (!event.data?.session_id || !PROCESSED_ACTIONS.includes(event.action)) {
    return { status: 200, body: { received: true, processed: false, action: event.action } }
  }
  await processPaymentWorkflow(container).run({ input: event })
  return { status: 200, body: { received: true, processed: true, action: event.action } }
}
