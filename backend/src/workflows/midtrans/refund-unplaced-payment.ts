import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { PAYMENT_REFUNDED_TEMPLATE, renderPaymentRefunded, type PaymentRefundReason } from "../notifications/templates/payment-refunded"

/** Where a cart keeps why its Midtrans payment failed (read by GET /store/carts/:id/payment-status). */
export const PAYMENT_FAILURE_METADATA_KEY = "midtrans_payment_failure"

/** `method` (the provider's method id) is absent on failures recorded before it was kept. */
export type PaymentFailure = { reason: PaymentRefundReason; midtrans_order_id: string; method?: string; amount: number; at: string }

export type RefundUnplacedPaymentInput = { session_id: string; cart_id: string; reason: PaymentRefundReason }

/**
 * Returns a paid Midtrans charge whose cart did not become an order. Deleting
 * the session is Medusa's way to drop it; the provider's deletePayment refunds
 * a paid charge in full through Midtrans (one refund key per charge, so a retry
 * is one refund). Already returned when cart completion failed after
 * authorising: Medusa cancelled that payment, and the provider's cancel refunds.
 * No compensation: money sent back cannot be un-sent.
 */
const returnPaymentStep = createStep("return-midtrans-payment", async (input: { session_id: string }, { container }) => {
  const payment = container.resolve(Modules.PAYMENT)
  const [session] = await payment.listPaymentSessions({ id: input.session_id }, { relations: ["payment"] })
  if (!session) return new StepResponse({ refunded: false, data: null as Record<string, unknown> | null, method: null as string | null })
  const data = (session.data ?? {}) as Record<string, unknown>
  // The method as its provider is registered (pp_midtrans_<method>): qris, gopay, va-bni…
  const method = session.provider_id.replace(/^pp_midtrans_/, "")
  if (session.payment?.canceled_at) return new StepResponse({ refunded: true, data, method })
  if (session.payment) await payment.cancelPayment(session.payment.id)
  else await payment.deletePaymentSession(session.id)
  return new StepResponse({ refunded: true, data, method })
})

type PreviousMetadata = { id: string; metadata: Record<string, unknown> }

/** Notes the failure on the cart (kept with its other metadata). */
const recordFailureStep = createStep(
  "record-midtrans-payment-failure",
  async (input: { cart_id: string; failure: PaymentFailure | null }, { container }) => {
    const carts = container.resolve(Modules.CART)
    const cart = await carts.retrieveCart(input.cart_id, { select: ["id", "email", "metadata"] })
    const email = cart.email ?? null
    if (!input.failure) return new StepResponse<{ email: string | null }, PreviousMetadata | null>({ email }, null)
    await carts.updateCarts(cart.id, { metadata: { ...(cart.metadata ?? {}), [PAYMENT_FAILURE_METADATA_KEY]: input.failure } })
    return new StepResponse<{ email: string | null }, PreviousMetadata | null>({ email }, { id: cart.id, metadata: cart.metadata ?? {} })
  },
  async (previous: PreviousMetadata | null | undefined, { container }) => {
    if (previous) await container.resolve(Modules.CART).updateCarts(previous.id, { metadata: previous.metadata })
  }
)

/** Refunds a paid charge that has no order, records why on the cart, and emails the shopper (once per charge). */
export const refundUnplacedPaymentWorkflow = createWorkflow("refund-unplaced-midtrans-payment", (input: RefundUnplacedPaymentInput) => {
  const returned = returnPaymentStep({ session_id: input.session_id })
  const failure = transform({ input, returned }, ({ input, returned }): PaymentFailure | null =>
    returned.data?.midtrans_order_id
      ? {
          reason: input.reason,
          midtrans_order_id: String(returned.data.midtrans_order_id),
          ...(returned.method && { method: returned.method }),
          amount: Number(returned.data.amount ?? 0),
          at: new Date().toISOString(),
        }
      : null
  )
  const recorded = recordFailureStep({ cart_id: input.cart_id, failure })
  const notifications = transform({ failure, recorded }, ({ failure, recorded }) =>
    failure && recorded.email
      ? [
          {
            to: recorded.email,
            channel: "email",
            template: PAYMENT_REFUNDED_TEMPLATE,
            content: renderPaymentRefunded({ amount: failure.amount, reason: failure.reason, reference: failure.midtrans_order_id }),
            data: { midtrans_order_id: failure.midtrans_order_id, amount: failure.amount, reason: failure.reason },
            trigger_type: "midtrans.refund",
            resource_type: "cart",
            idempotency_key: `midtrans-refund:${failure.midtrans_order_id}`,
          },
        ]
      : []
  )
  sendNotificationsStep(notifications)
  return new WorkflowResponse({ refunded: returned.refunded })
})
