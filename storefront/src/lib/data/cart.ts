import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getCartId } from "./cookies"
import { sdk } from "./sdk"

// Line totals and what checkout needs to know about the chosen delivery, on
// top of the store API's default cart fields.
const CART_FIELDS = "+items.total,+shipping_methods.name,+shipping_methods.data"

/**
 * The visitor's open cart, or null. Per visitor, so never cached. A cookie
 * pointing at a completed or deleted cart counts as no cart: the next
 * add-to-cart starts a fresh one and replaces the cookie.
 */
export async function getCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await sdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(id)}`, {
      query: { fields: CART_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    if (cart.completed_at) return null
    // Medusa returns lines in no promised order; the shopper's order is when they were added.
    cart.items = [...(cart.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
    return cart
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

/** Units in the visitor's cart, for the header badge. */
export function itemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}
