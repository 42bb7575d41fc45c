import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { bankTransferFromMetadata } from "../bank-transfer/bank-transfer"
import { loadConfirmationOrderStep } from "./steps/load-confirmation-order"
import { emailLocale } from "./templates/email-locale"
import { ORDER_CONFIRMATION_TEMPLATE, renderOrderConfirmation } from "./templates/order-confirmation"

/** One confirmation per order, however often `order.placed` is delivered. */
export const orderConfirmationKey = (orderId: string) => `order-confirmation:${orderId}`

export type SendOrderConfirmationInput = { order_id: string }

/**
 * Renders and sends the order confirmation. BullMQ delivers `order.placed` at
 * least once; the notification module skips a notification whose idempotency
 * key it has already sent, so a redelivery sends nothing. Returns the
 * notifications actually created.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: SendOrderConfirmationInput) => {
    const order = loadConfirmationOrderStep({ order_id: input.order_id })
    // The bank account shoppers transfer to lives in the (single) store's metadata.
    const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["id", "metadata"] })
    const notifications = transform({ order, stores, input }, ({ order, stores, input }) =>
      order
        ? [
            {
              to: order.email,
              channel: "email",
              template: ORDER_CONFIRMATION_TEMPLATE,
              content: renderOrderConfirmation(order, bankTransferFromMetadata(stores[0]?.metadata), emailLocale(order.locale)),
              data: { order_id: input.order_id, display_id: order.display_id, locale: emailLocale(order.locale) },
              trigger_type: "order.placed",
              resource_id: input.order_id,
              resource_type: "order",
              idempotency_key: orderConfirmationKey(input.order_id),
            },
          ]
        : []
    )
    const sent = when({ notifications }, ({ notifications }) => notifications.length > 0).then(() =>
      sendNotificationsStep(notifications)
    )
    return new WorkflowResponse(transform({ sent }, ({ sent }) => sent ?? []))
  }
)
