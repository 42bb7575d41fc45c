import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type { StorePaymentStatusResponse } from "@karya-binaan/contract"
import type { PendingPayment } from "@/lib/types/pending-payment"
import { authHeaders } from "./cookies"
import { reshapePendingPayment } from "./reshape-pending-payment"
import { sdk } from "./sdk"

/**
 * The gateway payment a cart is waiting for, or null (no such cart, or it is
 * paid another way). The cart id in the address is what lets a shopper come
 * back after a reload or from the email: Medusa's cart ids are unguessable.
 */
export async function getPendingPayment(cartId: string): Promise<PendingPayment | null> {
  try {
    const { cart } = await sdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(cartId)}`, {
      query: { fields: "id,total,completed_at,*payment_collection,*payment_collection.payment_sessions" },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return reshapePendingPayment(cart as Parameters<typeof reshapePendingPayment>[0])
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

/** Where the cart's payment stands at the gateway, as the backend last heard. */
export async function getPaymentStatus(cartId: string): Promise<StorePaymentStatusResponse> {
  return sdk().client.fetch<StorePaymentStatusResponse>(`/store/carts/${encodeURIComponent(cartId)}/payment-status`, {
    headers: await authHeaders(),
    cache: "no-store",
  })
}
