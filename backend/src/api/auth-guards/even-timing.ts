import { randomBytes, scrypt } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { IAuthModuleService } from "@medusajs/framework/types"

// The emailpass provider's own cost (scrypt-kdf's default: logN 15, r 8, p 1).
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
const DUMMY_SALT = randomBytes(32)

/** Derives a key the way checking a stored password would, for the time it takes. */
export function hashDummyPassword(password: string): Promise<void> {
  return new Promise((resolve, reject) => scrypt(password, DUMMY_SALT, 64, SCRYPT, (error) => (error ? reject(error) : resolve())))
}

type IdentityLookup = Pick<IAuthModuleService, "listProviderIdentities">

/**
 * Medusa's emailpass provider answers an unknown email at once but spends a
 * scrypt on a known one's wrong password: the time alone tells who has an
 * account. For an email without an emailpass identity we spend the same
 * scrypt before Medusa answers, so both refusals take as long.
 * Returns whether the dummy hash ran (what the unit test checks).
 */
export async function evenOutUnknownAccount(
  auth: IdentityLookup,
  body: unknown,
  hash: (password: string) => Promise<void> = hashDummyPassword
): Promise<boolean> {
  const { email, password } = (body ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== "string" || typeof password !== "string") return false
  const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["id"], take: 1 })
  if (identity) return false
  await hash(password)
  return true
}

/** Middleware for POST /auth/:actor_type/emailpass. */
export async function evenSignInTiming(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await evenOutUnknownAccount(req.scope.resolve(Modules.AUTH), req.body)
  } catch (error) {
    return next(error)
  }
  next()
}
