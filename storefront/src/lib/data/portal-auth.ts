import "server-only"
import { getLocale } from "next-intl/server"
import { redirect as redirectTo } from "next/navigation"
import { redirect } from "@/i18n/navigation"
import { safeNextPath } from "@/lib/util/next-path"
import { loginSchema, parseForm } from "@/lib/validation/account"
import { acceptInvitationSchema } from "@/lib/validation/portal-auth"
import type { FormState } from "./form-state"
import { isPortalApiStatus, type PortalFetchOptions } from "./portal-fetch"

/** What sets one portal's login, invitation and logout apart from the other's. */
export type PortalAuth = {
  /** The portal's way to the backend, with its own cookie. */
  fetch: <T>(path: string, options?: PortalFetchOptions) => Promise<T>
  /** Medusa's emailpass login for the portal's actor, e.g. /auth/coordinator/emailpass. */
  loginRoute: string
  /** A route only the portal's actor may read, e.g. /coordinator/me. */
  meRoute: string
  acceptRoute: string
  /** The accept route's body: the backend names the person's name field per actor. */
  acceptBody: (invite: { token: string; name: string; password: string }) => Record<string, string>
  setToken: (token: string) => Promise<void>
  removeToken: () => Promise<void>
  home: "/coordinator" | "/outlet"
  loginPage: "/coordinator/login" | "/outlet/login"
}

/**
 * A token for email and password, or null when they match none of the
 * portal's people. A valid token whose identity has no actor of the portal
 * behind it (a shopper's account, a half-made or removed one) is no login either.
 */
async function portalToken(portal: PortalAuth, email: string, password: string): Promise<string | null | "locked" | "revoked"> {
  try {
    const { token } = await portal.fetch<{ token?: string }>(portal.loginRoute, { anonymous: true, body: { email, password } })
    if (!token) return null
    await portal.fetch(portal.meRoute, { token })
    return token
  } catch (error) {
    // The backend's brute-force brake: too many failed attempts for this account or address.
    if (isPortalApiStatus(error, 429)) return "locked"
    // The right password of someone whose access an operator revoked.
    if (isPortalApiStatus(error, 401) && error.problems.some((p) => (p as { code?: unknown })?.code === "access_revoked")) return "revoked"
    if (isPortalApiStatus(error, 400, 401, 403, 404)) return null
    throw error
  }
}

/** The login form: back to the page that asked for it (`next`), else the portal's home. */
export async function portalLogin(portal: PortalAuth, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(loginSchema, form, ["email", "password"])
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const token = await portalToken(portal, parsed.data.email, parsed.data.password)
  if (token === "locked") return { message: "tooManyAttempts", values: { email: parsed.data.email } }
  if (token === "revoked") return { message: "accessRevoked", values: { email: parsed.data.email } }
  if (!token) return { message: "invalidLogin", values: { email: parsed.data.email } }
  await portal.setToken(token)
  const target = safeNextPath(form.get("next"))
  if (target) redirectTo(target)
  return redirect({ href: portal.home, locale })
}

/**
 * An invitation read by its token (the portal's public invite route), or null
 * when it is unknown, used or expired: the backend answers 404 (410 kept for
 * a gone one), 400 for a malformed token.
 */
export async function openInvitation<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if (isPortalApiStatus(error, 400, 404, 410)) return null
    throw error
  }
}

/** Sets name and password for an invited person; the answer is a token, so they are logged in at once. */
export async function portalAcceptInvitation(portal: PortalAuth, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(acceptInvitationSchema, form, ["token", "name", "password", "password_confirm"])
  if (!parsed.ok) {
    if (parsed.errors.token) return { message: "inviteInvalid" }
    return { errors: parsed.errors, values: parsed.values }
  }
  const { token, name, password } = parsed.data
  let session: string | undefined
  try {
    ;({ token: session } = await portal.fetch<{ token?: string }>(portal.acceptRoute, { anonymous: true, body: portal.acceptBody({ token, name, password }) }))
  } catch (error) {
    if (isPortalApiStatus(error, 404, 409, 410)) return { message: "inviteInvalid" }
    if (isPortalApiStatus(error, 400, 422)) return { message: "inviteRefused", detail: error.message, values: { token, name } }
    throw error
  }
  if (!session) return { message: "inviteRefused", values: { token, name } }
  await portal.setToken(session)
  return redirect({ href: { pathname: portal.home, query: { welcome: "1" } }, locale })
}

/** A login page opened by someone already logged in: on to `next` (this site's own, already checked), else the portal's home. */
export async function leaveLoginPage(portal: Pick<PortalAuth, "home">, next: string | undefined): Promise<never> {
  if (next) redirectTo(next)
  return redirect({ href: portal.home, locale: await getLocale() })
}

/** JWTs can't be revoked one by one: logging out forgets the token on this device. */
export async function portalLogout(portal: PortalAuth): Promise<void> {
  const locale = await getLocale()
  await portal.removeToken()
  redirect({ href: { pathname: portal.loginPage, query: { loggedOut: "1" } }, locale })
}
