import type { OrderAccess } from "@karya-binaan/contract"

/**
 * The payment-status route hands over the order's access token alone; its
 * expiry is the token's own first part (`<expiry seconds>.<signature>`, see
 * the backend's lib/order-access-token.ts), so the cookie can live exactly as
 * long as the token, as after completing a cart here. Null for anything else.
 */
export function orderAccessFromToken(token: string | null | undefined): OrderAccess | null {
  const match = /^(\d{1,12})\.[A-Za-z0-9_-]+$/.exec(token ?? "")
  if (!match) return null
  return { token: token as string, expires_at: new Date(Number(match[1]) * 1000).toISOString() }
}
