import { createHmac, timingSafeEqual } from "node:crypto"
import type { OrderAccess } from "@karya-binaan/contract"

/**
 * Short-lived proof that a browser placed (or looked up with number and email)
 * an order, so the order's personal details are shown to it and to nobody else
 * holding the id. `<expiry seconds>.<HMAC-SHA256(secret, "order-access.<order id>.<expiry>")>`:
 * bound to one order, worthless after expiry, unforgeable without the
 * server's secret (the JWT secret; the prefix keeps it from ever reading as a JWT signature).
 */
export const ORDER_ACCESS_TTL_SECONDS = 2 * 60 * 60

const signature = (orderId: string, expiry: number, secret: string) =>
  createHmac("sha256", secret).update(`order-access.${orderId}.${expiry}`).digest("base64url")

export function issueOrderAccess(orderId: string, secret: string, now = Date.now()): OrderAccess {
  const expiry = Math.floor(now / 1000) + ORDER_ACCESS_TTL_SECONDS
  return { token: `${expiry}.${signature(orderId, expiry, secret)}`, expires_at: new Date(expiry * 1000).toISOString() }
}

/** True only for an unexpired token signed for this order. */
export function verifyOrderAccess(token: string | undefined, orderId: string, secret: string, now = Date.now()): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "")
  if (!match) return false
  const expiry = Number(match[1])
  if (expiry * 1000 <= now) return false
  const expected = Buffer.from(signature(orderId, expiry, secret))
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given)
}
