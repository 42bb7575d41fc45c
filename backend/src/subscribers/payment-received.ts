import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { sendPaymentReceivedWorkflow } from "../workflows/notifications/send-payment-received"
import { orderIdOfPayment } from "../workflows/revenue-share/order-of-payment"

/**
 * The operator captured a bank transfer in Admin: the shopper hears the money
 * arrived ("Pembayaran diterima"). Idempotent per order, so redelivery is harmless.
 */
export default async function paymentReceivedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (!orderId) return
  const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
  await sendPaymentReceivedWorkflow(container).run({ input: { order_id: orderId, storefront_url: storefrontUrl } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "payment-received-email" },
}
