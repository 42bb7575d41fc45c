import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders } from "./cookies"
import { sdk } from "./sdk"

/** What OrderDetails shows, on top of the store API's default order fields. */
export const ORDER_DETAIL_FIELDS =
  "+payment_status,+fulfillment_status,*payment_collections.payments,*payment_collections.payment_sessions,+items.thumbnail"

/**
 * An order by id, or null when there is none. Medusa serves a guest's order to
 * whoever holds its (unguessable) id, and a customer's with their token.
 */
export async function getOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await sdk().store.order.retrieve(id, { fields: ORDER_DETAIL_FIELDS }, await authHeaders())
    return order
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}
