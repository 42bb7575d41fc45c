import type { HttpTypes } from "@medusajs/types"

export type OrderStatusKey =
  | "canceled"
  | "refunded"
  | "delivered"
  | "shipped"
  | "completed"
  | "paid"
  | "awaitingPayment"
  | "processing"

type StatusFields = Pick<HttpTypes.StoreOrder, "status"> & {
  payment_status?: string | null
  fulfillment_status?: string | null
}

/**
 * One word for where an order stands, as a shopper thinks of it: Medusa keeps
 * three statuses (order, payment, fulfillment); the furthest step wins.
 */
export function orderStatus({ status, payment_status, fulfillment_status }: StatusFields): OrderStatusKey {
  if (status === "canceled") return "canceled"
  if (payment_status === "refunded") return "refunded"
  if (fulfillment_status === "delivered" || fulfillment_status === "partially_delivered") return "delivered"
  if (fulfillment_status === "shipped" || fulfillment_status === "partially_shipped") return "shipped"
  if (status === "completed") return "completed"
  if (payment_status === "captured" || payment_status === "partially_captured") return "paid"
  // Bank transfer: the order waits, unpaid, until an operator confirms the money arrived.
  if (payment_status === "not_paid" || payment_status === "awaiting" || payment_status === "authorized") return "awaitingPayment"
  return "processing"
}
