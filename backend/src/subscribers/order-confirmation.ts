import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderConfirmation } from "../lib/notifications/send-order-confirmation"

/** Emails the shopper an order confirmation in Indonesian (idempotent per order). */
export default async function orderConfirmationHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderConfirmation(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "order-confirmation-email" },
}
