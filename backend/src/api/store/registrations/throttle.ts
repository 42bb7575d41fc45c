import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUTH_THROTTLE_MODULE } from "../../../modules/auth-throttle"
import type { AuthThrottleModuleService, ThrottleRule } from "../../../modules/auth-throttle/service"
import type { StoreRequestRegistrationType } from "./validators"

const WINDOW_MS = 60 * 60 * 1000
/** Requests for one address: enough to retry a lost email, too few to flood someone's mailbox. */
export const REGISTRATION_EMAIL_RULE: ThrottleRule = { limit: 3, windowMs: WINDOW_MS }
/** Requests from one client address, over all the addresses it asks for. */
export const REGISTRATION_CLIENT_RULE: ThrottleRule = { limit: 10, windowMs: WINDOW_MS }

export function tooManyRegistrationsMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  return `Terlalu banyak permintaan pendaftaran. Coba lagi dalam ${minutes} menit. / Too many registration requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`
}

const keysOf = (req: MedusaRequest<StoreRequestRegistrationType>) => [
  { key: `registration-client:${req.ip}`, rule: REGISTRATION_CLIENT_RULE },
  // Validated first: trimmed and lower-cased, so the letter case buys no new requests.
  { key: `registration-email:${req.validatedBody.email}`, rule: REGISTRATION_EMAIL_RULE },
]

/**
 * Brake for POST /store/registrations (issue 14): every valid request sends
 * an email and answers the same 202, so each one counts, not only refusals
 * (the sign-in throttle's counter, under keys of their own). It runs after
 * validation: a refused body sends nothing and costs nothing. Past a limit the
 * request gets 429 with Retry-After before anything is looked up or sent.
 * The storefront passes the visitor's address on (X-Forwarded-For), so one
 * visitor's limit is not the whole shop's.
 */
export async function throttleRegistrations(req: MedusaRequest<StoreRequestRegistrationType>, res: MedusaResponse, next: MedusaNextFunction) {
  const throttle: AuthThrottleModuleService = req.scope.resolve(AUTH_THROTTLE_MODULE)
  const keys = keysOf(req)
  try {
    const wait = Math.max(...(await Promise.all(keys.map(({ key, rule }) => throttle.secondsLocked(key, rule)))))
    if (wait > 0) {
      res.setHeader("Retry-After", String(wait))
      res.status(429).json({ type: "too_many_requests", message: tooManyRegistrationsMessage(wait), retry_after: wait })
      return
    }
    // Counted before the work, so concurrent requests already see each other.
    await throttle.recordFailure(keys.map(({ key }) => key))
  } catch (error) {
    return next(error)
  }
  next()
}
