import "server-only"
import { cookies } from "next/headers"
import { siteUrl } from "@/lib/env"

// Per-visitor state lives in httpOnly cookies: the cart a visitor is filling
// and, once they log in, their customer token. Neither is readable by scripts.
const CART_COOKIE = "_karya_cart_id"
const AUTH_COOKIE = "_karya_jwt"
const THIRTY_DAYS = 60 * 60 * 24 * 30
const SEVEN_DAYS = 60 * 60 * 24 * 7

export function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // Secure only where the site is served over HTTPS; http://localhost must keep working.
    secure: siteUrl().protocol === "https:",
    path: "/",
    maxAge,
  }
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, cookieOptions(THIRTY_DAYS))
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value
}

/** Headers for a store API call on behalf of the logged-in customer, if any. */
export async function authHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, cookieOptions(SEVEN_DAYS))
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

// The backend shows an order's personal details only to its logged-in customer
// or to the browser holding the order's access token (issued at checkout and
// by the order lookup). One cookie per order, gone when the token expires.
const orderAccessCookie = (orderId: string) => `_karya_order_${orderId.replace(/[^A-Za-z0-9_]/g, "")}`

export async function setOrderAccess(orderId: string, access: { token: string; expires_at: string }): Promise<void> {
  const maxAge = Math.floor((Date.parse(access.expires_at) - Date.now()) / 1000)
  if (maxAge > 0) (await cookies()).set(orderAccessCookie(orderId), access.token, cookieOptions(maxAge))
}

/** Headers for reading one order: the customer's login and this browser's access token for it, if any. */
export async function orderHeaders(orderId: string): Promise<Record<string, string>> {
  const access = (await cookies()).get(orderAccessCookie(orderId))?.value
  return { ...(await authHeaders()), ...(access ? { "x-order-access-token": access } : {}) }
}
