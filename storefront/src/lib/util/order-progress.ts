import { orderPaymentState } from "./order-status"

export type OrderProgress = "canceled" | "refunded" | "delivered" | "shipped" | "completed" | "paid" | "awaitingPayment"

type ProgressFacts = Parameters<typeof orderPaymentState>[0] & { fulfillment_status?: string }

/**
 * One word for where an order stands in the order history. Medusa keeps three
 * statuses (order, payment, fulfillment); the furthest step wins, and payment
 * reads as OrderDetails says it (a bank transfer awaits payment until captured).
 */
export function orderProgress(order: ProgressFacts): OrderProgress {
  const payment = orderPaymentState(order)
  if (payment === "canceled" || payment === "refunded") return payment
  const fulfillment = order.fulfillment_status
  if (fulfillment === "delivered" || fulfillment === "partially_delivered") return "delivered"
  if (fulfillment === "shipped" || fulfillment === "partially_shipped") return "shipped"
  if (order.status === "completed") return "completed"
  // An authorized card payment is money held for the shop: the order is being prepared.
  if (payment === "paid" || payment === "authorized") return "paid"
  return "awaitingPayment"
}
