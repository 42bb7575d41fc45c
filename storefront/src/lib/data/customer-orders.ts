import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { authHeaders } from "./cookies"
import { ORDER_DETAIL_FIELDS } from "./orders"
import { sdk } from "./sdk"

export const ORDERS_PAGE_SIZE = 10

// What the order history shows: number, date, total and the statuses orderProgress reads.
const LIST_FIELDS =
  "id,display_id,created_at,status,total,currency_code,payment_status,fulfillment_status,*payment_collections.payments,*payment_collections.payment_sessions"

/** One page of the logged-in customer's orders, newest first (the store API scopes them to the token's customer). */
export async function listCustomerOrders(page = 1): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const { orders, count } = await sdk().store.order.list(
    { fields: LIST_FIELDS, order: "-created_at", limit: ORDERS_PAGE_SIZE, offset: (page - 1) * ORDERS_PAGE_SIZE },
    await authHeaders()
  )
  return { orders, count }
}

/**
 * One of this customer's orders, or null. GET /store/orders/:id answers anyone
 * who holds the id, so ownership is checked here: another customer's order, or
 * a guest's, is not found.
 */
export async function getCustomerOrder(id: string, customerId: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await sdk().store.order.retrieve(id, { fields: `${ORDER_DETAIL_FIELDS},+customer_id` }, await authHeaders())
    return order.customer_id === customerId ? order : null
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}
