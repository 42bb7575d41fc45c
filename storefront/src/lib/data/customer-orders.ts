import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { authHeaders } from "./cookies"
import { sdk } from "./sdk"

export const ORDERS_PAGE_SIZE = 10

const LIST_FIELDS = "id,display_id,created_at,status,total,currency_code,payment_status,fulfillment_status"
// Medusa's default order fields (items, addresses, delivery, payment) plus what the ownership check and status need.
export const ORDER_DETAIL_FIELDS = "+customer_id,+payment_status,+fulfillment_status"

/** One page of the logged-in customer's orders, newest first (the store API scopes them to the token's customer). */
export async function listCustomerOrders(page = 1): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const { orders, count } = await sdk().client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: { fields: LIST_FIELDS, order: "-created_at", limit: ORDERS_PAGE_SIZE, offset: (page - 1) * ORDERS_PAGE_SIZE },
    headers: await authHeaders(),
    cache: "no-store",
  })
  return { orders, count }
}

/** An order by id, or null. Medusa treats the unguessable id as the key to the order (see getCustomerOrder). */
export async function getOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await sdk().client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(id)}`, {
      query: { fields: ORDER_DETAIL_FIELDS },
      cache: "no-store",
    })
    return order
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/**
 * One of this customer's orders, or null. GET /store/orders/:id answers anyone
 * who knows the id, so ownership is checked here: another customer's order, or a
 * guest's, is not found.
 */
export async function getCustomerOrder(id: string, customerId: string): Promise<HttpTypes.StoreOrder | null> {
  const order = await getOrder(id)
  return order?.customer_id === customerId ? order : null
}
