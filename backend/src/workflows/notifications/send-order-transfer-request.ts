import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { loadOrderTransferRequestStep } from "./steps/load-order-transfer-request"
import { emailLocale } from "./templates/email-locale"
import { ORDER_TRANSFER_REQUEST_TEMPLATE, orderTransferUrl, renderOrderTransferRequest } from "./templates/order-transfer-request"

export type SendOrderTransferRequestInput = { order_id: string; order_change_id: string; storefront_url: string }

/**
 * Emails the address an order was placed with the link that attaches it to
 * the account that asked (Medusa's transfer token), in the language the order
 * was placed in. Once per request, however often the event is delivered.
 */
export const sendOrderTransferRequestWorkflow = createWorkflow(
  "send-order-transfer-request",
  (input: SendOrderTransferRequestInput) => {
    const request = loadOrderTransferRequestStep({ order_id: input.order_id, order_change_id: input.order_change_id })
    const notifications = transform({ request, input }, ({ request, input }) => {
      if (!request) return []
      const locale = emailLocale(request.locale)
      const url = orderTransferUrl(input.storefront_url, request.order_id, request.token, locale)
      return [
        {
          to: request.to,
          channel: "email",
          template: ORDER_TRANSFER_REQUEST_TEMPLATE,
          content: renderOrderTransferRequest(request.display_id, request.account, url, locale),
          // The token stays out of `data`: notification records are listed in Medusa Admin.
          data: { order_id: request.order_id, display_id: request.display_id, locale },
          trigger_type: "order.transfer_requested",
          resource_id: request.order_id,
          resource_type: "order",
          idempotency_key: `order-transfer-request:${input.order_change_id}`,
        },
      ]
    })
    const sent = when({ notifications }, ({ notifications }) => notifications.length > 0).then(() => sendNotificationsStep(notifications))
    return new WorkflowResponse(transform({ sent }, ({ sent }) => sent ?? []))
  }
)
