import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The link in the "confirm your email" email: what the person typed when
 * registering, signed, so nothing is stored until the mailbox's owner opens it.
 * `<base64url JSON>.<HMAC-SHA256(secret, "registration.<payload>")>` with the
 * JWT secret; the prefix keeps the signature from serving any other token.
 */
export const REGISTRATION_TTL_SECONDS = 24 * 60 * 60

export type RegistrationDetails = { email: string; first_name: string; last_name?: string; phone?: string }
type Payload = RegistrationDetails & { exp: number }

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(`registration.${payload}`).digest("base64url")

export function issueRegistrationToken(details: RegistrationDetails, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...details, exp: Math.floor(now / 1000) + REGISTRATION_TTL_SECONDS } satisfies Payload)).toString("base64url")
  return `${payload}.${sign(payload, secret)}`
}

/** The details, or null for a token that is forged, altered, malformed or expired. */
export function readRegistrationToken(token: string, secret: string, now = Date.now()): RegistrationDetails | null {
  const match = /^([A-Za-z0-9_-]{1,4000})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const expected = Buffer.from(sign(match[1], secret))
  const given = Buffer.from(match[2])
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const { exp, ...details } = JSON.parse(Buffer.from(match[1], "base64url").toString("utf8")) as Payload
    if (typeof exp !== "number" || exp * 1000 <= now || typeof details.email !== "string") return null
    return details
  } catch {
    return null
  }
}
