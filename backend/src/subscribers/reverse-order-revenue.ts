import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { orderIdOfPayment } from "../workflows/revenue-share/order-of-payment"
import { reverseOrderRevenueWorkflow } from "../workflows/revenue-share/reverse-order-revenue"

/** Refunds (returns refund too) and cancellations take back their share of the order's allocation. */
export default async function reverseOrderRevenue({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = event.name === OrderWorkflowEvents.CANCELED ? event.data.id : await orderIdOfPayment(container, event.data.id)
  if (orderId) await reverseOrderRevenueWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.REFUNDED, OrderWorkflowEvents.CANCELED],
  context: { subscriberId: "reverse-order-revenue" },
}
