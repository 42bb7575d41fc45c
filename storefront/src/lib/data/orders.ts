import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { StoreOrderLookupResponse } from "@karya-binaan/contract"
import type { HttpTypes } from "@medusajs/types"
import type { OrderSummary, ShopOrder } from "@/lib/types/order"
import { authHeaders, orderHeaders, setOrderAccess } from "./cookies"
import { pickupOutletOf } from "./pickup-outlets"
import { reshapeOrder, reshapeOrderSummary } from "./reshape-order"
import { sdk } from "./sdk"

export const ORDERS_PAGE_SIZE = 10

/**
 * What the shop reads of an order. The summary (number, date, total and the
 * statuses orderProgress reads) is all the store API's order list allows; one
 * order adds items, totals, delivery and its customer on top of the API's
 * default order fields.
 */
const ORDER_FIELDS = {
  summary:
    "id,display_id,created_at,status,total,currency_code,payment_status,fulfillment_status,*payment_collections.payments,*payment_collections.payment_sessions",
  detail: "+payment_status,+fulfillment_status,*payment_collections.payments,*payment_collections.payment_sessions,+items.thumbnail,+customer_id,+metadata",
} as const

/** An order by id as the store API gives it, or null when there is none (or the id is malformed). */
async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await sdk().store.order.retrieve(id, { fields: ORDER_FIELDS.detail }, await orderHeaders(id))
    return order
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

/**
 * An order by id, or null when there is none or this visitor may not see it:
 * the confirmation page and the guest order lookup. The backend answers only
 * the order's logged-in customer and the browser holding its access token
 * (set at checkout or by a lookup with number and email).
 */
export async function getOrder(id: string): Promise<ShopOrder | null> {
  const order = await retrieveOrder(id)
  return order ? withPickupOutlet(order) : null
}

/** The order as the shop reads it, with the partner outlet it is collected at. */
async function withPickupOutlet(order: HttpTypes.StoreOrder): Promise<ShopOrder> {
  const shaped = reshapeOrder(order)
  return shaped.pickup ? { ...shaped, pickupOutlet: await pickupOutletOf(order.metadata) } : shaped
}

/**
 * One of this customer's orders, or null. The backend already refuses others'
 * orders; a guest order this browser placed is still not an account's, so
 * ownership is checked here too.
 */
export async function getCustomerOrder(id: string, customerId: string): Promise<ShopOrder | null> {
  const order = await retrieveOrder(id)
  return order && order.customer_id === customerId ? withPickupOutlet(order) : null
}

/** One page of the logged-in customer's orders, newest first (the store API scopes them to the token's customer). */
export async function listCustomerOrders(page = 1): Promise<{ orders: OrderSummary[]; count: number }> {
  const { orders, count } = await sdk().store.order.list(
    { fields: ORDER_FIELDS.summary, order: "-created_at", limit: ORDERS_PAGE_SIZE, offset: (page - 1) * ORDERS_PAGE_SIZE },
    await authHeaders()
  )
  return { orders: orders.map(reshapeOrderSummary), count }
}

/**
 * The id of the order with this number placed with this email, or null when
 * the two don't match (POST /store/order-lookup). The match gives this browser
 * the order's access token (a cookie, server actions only), so the page then
 * reads it with getOrder, as the confirmation page does.
 */
export async function findOrderId(lookup: { order_number: number; email: string }): Promise<string | null> {
  try {
    const { order, order_access } = await sdk().client.fetch<StoreOrderLookupResponse>("/store/order-lookup", {
      method: "POST",
      body: lookup,
      cache: "no-store",
    })
    await setOrderAccess(order.id, order_access)
    return order.id
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}
