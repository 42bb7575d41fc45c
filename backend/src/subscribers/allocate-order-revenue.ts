import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { orderIdOfPayment } from "../workflows/revenue-share/order-of-payment"
import { allocateOrderRevenueWorkflow } from "../workflows/revenue-share/allocate-order-revenue"

/**
 * A captured payment (card, a bank transfer or an invoice captured by an
 * operator) splits its order's revenue into the ledger. Redelivery is harmless.
 */
export default async function allocateOrderRevenue({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) await allocateOrderRevenueWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "allocate-order-revenue" },
}
