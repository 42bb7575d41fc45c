import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { paidSessionState } from "./paid-session-state"
import { refundUnplacedPaymentWorkflow } from "./refund-unplaced-payment"

/** Any Midtrans registration verifies a notification: they share the server key (medusa-config.ts). */
export const MIDTRANS_VERIFYING_PROVIDER = "midtrans_qris"

export type NotificationOutcome = { status: number; body: Record<string, unknown> }

const LAPSED: string[] = [PaymentActions.CANCELED, PaymentActions.FAILED]

/**
 * An expired, cancelled or denied charge: its session says so (the payment
 * page shows "expired" and offers the methods again). Nothing was reserved
 * for it (stock is reserved when the cart becomes an order), so nothing is
 * released. A session already authorised is left alone.
 */
async function markSessionLapsed(container: MedusaContainer, sessionId: string, action: string): Promise<boolean> {
  const payment = container.resolve(Modules.PAYMENT)
  const [session] = await payment.listPaymentSessions({ id: sessionId })
  if (!session) return false
  if (session.status !== PaymentSessionStatus.PENDING) return true
  const status = action === PaymentActions.CANCELED ? PaymentSessionStatus.CANCELED : PaymentSessionStatus.ERROR
  await payment.updatePaymentSession({
    id: session.id,
    amount: session.amount,
    currency_code: session.currency_code,
    data: { ...session.data, transaction_status: action === PaymentActions.CANCELED ? "expire" : "failure" },
    status,
  })
  return true
}

const ignored = (action: string, why: string): NotificationOutcome => ({
  status: 200,
  body: { received: true, processed: false, action, reason: why },
})

/**
 * A Midtrans notification, acted on before the answer:
 *
 * 1. the signature is checked first (the provider: forged or unsigned → 401,
 *    nothing read or changed);
 * 2. the transaction's status is re-read from Midtrans, and only that is
 *    believed (a notification is a hint: a late "pending" after "settlement"
 *    re-reads as settled and changes nothing);
 * 3. paid: Medusa's processPaymentWorkflow completes the cart (authorising the
 *    session), then, once the order exists, captures the payment (Midtrans
 *    settled already; the capture's payment.captured runs the revenue
 *    allocation). In that order so no capture ever exists without its order;
 * 4. paid but the cart could not become an order (the last unit sold while the
 *    shopper paid): the money is refunded through Midtrans and the shopper told.
 *
 * Pending, expired, cancelled and unknown orders change nothing and answer 200,
 * so Midtrans stops retrying; a failure to reach Midtrans or the database
 * answers 5xx, so Midtrans delivers again (every step above is idempotent).
 */
export async function handleMidtransNotification(container: MedusaContainer, body: Record<string, unknown>): Promise<NotificationOutcome> {
  const payment = container.resolve(Modules.PAYMENT)
  let event: Awaited<ReturnType<typeof payment.getWebhookActionAndData>>
  try {
    event = await payment.getWebhookActionAndData({ provider: MIDTRANS_VERIFYING_PROVIDER, payload: { data: body, rawData: "", headers: {} } })
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.UNAUTHORIZED) {
      return { status: 401, body: { message: `Notification refused: ${(error as Error).message}` } }
    }
    throw error
  }
  const sessionId = event.data?.session_id
  if (!sessionId) return ignored(event.action, "unknown order")
  if (LAPSED.includes(event.action)) {
    const marked = await markSessionLapsed(container, sessionId, event.action)
    return ignored(event.action, marked ? "charge lapsed: the cart can be paid another way" : "unknown order")
  }
  if (event.action !== PaymentActions.SUCCESSFUL) return ignored(event.action, "not paid at Midtrans")

  const before = await paidSessionState(container, sessionId)
  if (!before.session || !before.cartId) return ignored(event.action, "unknown order")

  if (!before.orderId) {
    await processPaymentWorkflow(container).run({ input: { action: PaymentActions.AUTHORIZED, data: event.data! } })
  }
  const placed = await paidSessionState(container, sessionId)
  if (!placed.orderId) {
    const refunded = await refundUnplacedPaymentWorkflow(container).run({
      input: { session_id: sessionId, cart_id: placed.cartId!, reason: "out_of_stock" },
    })
    return { status: 200, body: { received: true, processed: true, action: "refunded", refunded: refunded.result.refunded } }
  }
  if (!placed.payment) {
    // The cart became an order through another payment (the shopper paid twice): this one goes back.
    const refunded = await refundUnplacedPaymentWorkflow(container).run({
      input: { session_id: sessionId, cart_id: placed.cartId!, reason: "already_paid" },
    })
    return { status: 200, body: { received: true, processed: true, action: "refunded", refunded: refunded.result.refunded } }
  }
  if (!placed.payment.captured_at && !placed.payment.canceled_at) {
    await processPaymentWorkflow(container).run({ input: { action: PaymentActions.SUCCESSFUL, data: event.data! } })
  }
  return { status: 200, body: { received: true, processed: true, action: event.action, order_id: placed.orderId } }
}
