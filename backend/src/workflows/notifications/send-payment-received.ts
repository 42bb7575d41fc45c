import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { loadPaidTransferOrderStep } from "./steps/load-paid-transfer-order"
import { PAYMENT_RECEIVED_TEMPLATE, renderPaymentReceived } from "./templates/payment-received"

/** One "payment received" email per order, however often `payment.captured` is delivered. */
export const paymentReceivedKey = (orderId: string) => `payment-received:${orderId}`

export type SendPaymentReceivedInput = { order_id: string; storefront_url: string }

/**
 * Tells the shopper their bank transfer arrived once the operator captured it.
 * BullMQ delivers `payment.captured` at least once; the notification module
 * skips a notification whose idempotency key it already sent, so a redelivery
 * sends nothing. Returns the notifications actually created.
 */
export const sendPaymentReceivedWorkflow = createWorkflow("send-payment-received", (input: SendPaymentReceivedInput) => {
  const order = loadPaidTransferOrderStep({ order_id: input.order_id })
  const notifications = transform({ order, input }, ({ order, input }) =>
    order
      ? [
          {
            to: order.email,
            channel: "email",
            template: PAYMENT_RECEIVED_TEMPLATE,
            content: renderPaymentReceived(order, input.storefront_url),
            data: { order_id: input.order_id, display_id: order.display_id },
            trigger_type: "payment.captured",
            resource_id: input.order_id,
            resource_type: "order",
            idempotency_key: paymentReceivedKey(input.order_id),
          },
        ]
      : []
  )
  const sent = when({ notifications }, ({ notifications }) => notifications.length > 0).then(() => sendNotificationsStep(notifications))
  return new WorkflowResponse(transform({ sent }, ({ sent }) => sent ?? []))
})
