import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUTH_THROTTLE_MODULE } from "../../modules/auth-throttle"
import type { AuthThrottleModuleService, ThrottleRule } from "../../modules/auth-throttle/service"

const WINDOW_MS = 15 * 60 * 1000
/** Wrong passwords for one account (whatever the actor type: one email is one identity). */
export const ACCOUNT_RULE: ThrottleRule = { limit: 5, windowMs: WINDOW_MS }
/** Refusals from one client address, over all the accounts it tries. */
export const CLIENT_RULE: ThrottleRule = { limit: 20, windowMs: WINDOW_MS }

type Key = { key: string; rule: ThrottleRule; clearOnSuccess: boolean }

function keysOf(req: MedusaRequest): Key[] {
  const email = (req.body as { email?: unknown } | undefined)?.email
  const keys: Key[] = [{ key: `client:${req.ip}`, rule: CLIENT_RULE, clearOnSuccess: false }]
  if (typeof email === "string" && email.trim()) {
    keys.push({ key: `account:${email.trim().toLowerCase()}`, rule: ACCOUNT_RULE, clearOnSuccess: true })
  }
  return keys
}

export function tooManyAttemptsMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  return `Terlalu banyak percobaan yang gagal. Coba lagi dalam ${minutes} menit. / Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`
}

/**
 * Brute-force brake for POST /auth/:actor_type/emailpass and …/register.
 * While an account or a client address has too many recent refusals, every
 * attempt (the right password too) gets 429 with Retry-After, before the
 * password is even looked at. Otherwise the attempt goes on, and its answer
 * is counted before it is sent: a 4xx adds a refusal to each key, a success
 * clears the account's. Counting before sending means the next attempt, on
 * any server, already sees this one.
 */
export async function throttleAuthAttempts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const throttle: AuthThrottleModuleService = req.scope.resolve(AUTH_THROTTLE_MODULE)
  const keys = keysOf(req)
  let wait: number
  try {
    wait = Math.max(...(await Promise.all(keys.map(({ key, rule }) => throttle.secondsLocked(key, rule)))))
  } catch (error) {
    return next(error)
  }
  if (wait > 0) {
    res.setHeader("Retry-After", String(wait))
    res.status(429).json({ type: "too_many_requests", message: tooManyAttemptsMessage(wait), retry_after: wait })
    return
  }

  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    const status = res.statusCode
    const settle =
      status >= 400 && status < 500
        ? throttle.recordFailure(keys.map(({ key }) => key))
        : status < 300
          ? Promise.all(keys.filter((k) => k.clearOnSuccess).map(({ key }) => throttle.forgetFailures(key)))
          : Promise.resolve()
    settle
      .catch((error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Counting a sign-in attempt failed: ${error}`))
      .finally(() => send(body))
    return res
  }
  next()
}
