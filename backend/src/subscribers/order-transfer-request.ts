import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderTransferRequestWorkflow } from "../workflows/notifications/send-order-transfer-request"
import { storefrontBase } from "../workflows/notifications/templates/email-locale"

/**
 * Medusa's order transfer emails nothing by itself: this sends the order's
 * address the confirm link (issue 15 item 8), for our "attach my guest
 * orders" and for Medusa's own `POST /store/orders/:id/transfer/request`.
 */
export default async function orderTransferRequestHandler({ event, container }: SubscriberArgs<{ id: string; order_change_id: string }>) {
  await sendOrderTransferRequestWorkflow(container).run({
    input: { order_id: event.data.id, order_change_id: event.data.order_change_id, storefront_url: storefrontBase() },
  })
}

export const config: SubscriberConfig = {
  event: "order.transfer_requested",
  context: { subscriberId: "order-transfer-request-email" },
}
