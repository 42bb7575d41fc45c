import type { HttpTypes } from "@medusajs/types"
import { PAY_AT_OUTLET_PROVIDER } from "./pay-at-outlet"
import { BANK_TRANSFER_PROVIDER } from "./payment-options"

/** What a shopper is told about paying for an order. */
export type OrderPaymentState = "awaiting_transfer" | "pay_at_outlet" | "authorized" | "paid" | "refunded" | "canceled" | "pending"

type ProviderRef = { provider_id: string }
type PaymentCollectionFacts = { payments?: readonly ProviderRef[] | null; payment_sessions?: readonly ProviderRef[] | null }
/** The parts of a StoreOrder that decide its payment state. */
type PaymentFacts = { status?: string; payment_status?: string; payment_collections?: readonly PaymentCollectionFacts[] | null }

/** The provider the order was paid with, as far as the order says. */
export function orderPaymentProvider(order: Pick<PaymentFacts, "payment_collections">): string | null {
  const collection = order.payment_collections?.[0]
  return collection?.payments?.[0]?.provider_id ?? collection?.payment_sessions?.[0]?.provider_id ?? null
}

/**
 * Medusa's manual provider authorizes a bank-transfer order at once, so
 * "authorized" there still means the money has not arrived: the shopper must
 * read "awaiting payment" until staff capture it.
 */
export function orderPaymentState(order: PaymentFacts): OrderPaymentState {
  if (order.status === "canceled" || order.payment_status === "canceled") return "canceled"
  if (order.payment_status === "refunded" || order.payment_status === "partially_refunded") return "refunded"
  if (order.payment_status === "captured" || order.payment_status === "partially_captured") return "paid"
  if (orderPaymentProvider(order) === BANK_TRANSFER_PROVIDER) return "awaiting_transfer"
  // Authorised at once, paid in cash when collected.
  if (orderPaymentProvider(order) === PAY_AT_OUTLET_PROVIDER) return "pay_at_outlet"
  if (order.payment_status === "authorized") return "authorized"
  return "pending"
}

/** Set by checkout on the shipping method of a partner-outlet pickup, where no address is delivered to. */
export const PICKUP_DATA_KEY = "fulfillment_type"

export function isPickup(method: { data?: HttpTypes.StoreOrderShippingMethod["data"] | undefined } | undefined | null): boolean {
  return method?.data?.[PICKUP_DATA_KEY] === "pickup"
}
