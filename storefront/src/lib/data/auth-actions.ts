"use server"

import { getLocale } from "next-intl/server"
import { FetchError } from "@medusajs/js-sdk"
import { redirect as redirectTo } from "next/navigation"
import { redirect } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { safeNextPath } from "@/lib/util/next-path"
import { forgotPasswordSchema, loginSchema, parseForm, registerSchema, resetPasswordSchema } from "@/lib/validation/account"
import { authHeaders, getCartId, removeAuthToken, removeCartId, setAuthToken } from "./cookies"
import type { FormState } from "./form-state"
import { sdk } from "./sdk"
import { forwardedFor } from "./visitor-address"

const REGISTER_FIELDS = ["first_name", "last_name", "email", "phone", "password"] as const
const LOGIN_FIELDS = ["email", "password"] as const

const isStatus = (error: unknown, ...statuses: number[]) => error instanceof FetchError && statuses.includes(error.status ?? 0)

/** The backend's brute-force brake answered 429: too many failed attempts for this account or address. */
const LOCKED = "locked" as const

/** A customer token, null when email and password don't match an identity, LOCKED while sign-ins are paused. */
async function customerToken(email: string, password: string): Promise<string | null | typeof LOCKED> {
  try {
    // Through the client rather than sdk.auth.login: it carries the visitor's address, and keeps no token in the shared SDK.
    const { token } = await sdk().client.fetch<{ token?: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
      headers: await forwardedFor(),
    })
    return typeof token === "string" ? token : null
  } catch (error) {
    if (isStatus(error, 429)) return LOCKED
    if (isStatus(error, 400, 401)) return null
    throw error
  }
}

async function isCustomerToken(token: string): Promise<boolean> {
  try {
    await sdk().store.customer.retrieve({ fields: "id" }, { authorization: `Bearer ${token}` })
    return true
  } catch (error) {
    if (isStatus(error, 401, 404)) return false
    throw error
  }
}

/**
 * The guest's cart becomes the customer's, so logging in never empties it.
 * A cart that cannot move (already ordered, gone) must not block the login.
 */
async function transferCart(): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await sdk().store.cart.transferCart(cartId, { fields: "id" }, await authHeaders())
  } catch (error) {
    console.error("Cart transfer at login failed:", error)
  }
}

async function startSession(token: string, next: FormDataEntryValue | null, locale: AppLocale): Promise<never> {
  await setAuthToken(token)
  await transferCart()
  const target = safeNextPath(next)
  if (target) redirectTo(target)
  return redirect({ href: "/account", locale })
}

export async function login(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(loginSchema, form, LOGIN_FIELDS)
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const token = await customerToken(parsed.data.email, parsed.data.password)
  if (token === LOCKED) return { message: "tooManyAttempts", values: { email: parsed.data.email } }
  // An identity without a customer (an operator's email, say) is no shop account either.
  if (!token || !(await isCustomerToken(token))) return { message: "invalidLogin", values: { email: parsed.data.email } }
  return startSession(token, form.get("next"), locale)
}

/**
 * Medusa's registration flow: an auth identity first, then the customer.
 * The email may already have an identity (an operator, or a registration that
 * stopped halfway): Medusa's documented answer is to log in with the same
 * password and create the customer with that token. If a customer account
 * already exists, the person is told so and pointed to login or reset.
 */
export async function register(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(registerSchema, form, REGISTER_FIELDS)
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const { password, ...customer } = parsed.data
  const values = { ...customer }
  const emailTaken: FormState = { errors: { email: "emailTaken" }, values }
  const locked: FormState = { message: "tooManyAttempts", values }

  let token: string | null | typeof LOCKED
  try {
    const registered = await sdk().client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email: customer.email, password },
      headers: await forwardedFor(),
    })
    token = registered.token
  } catch (error) {
    if (isStatus(error, 429)) return locked
    if (!isStatus(error, 400, 401)) throw error
    token = await customerToken(customer.email, password)
    if (token === LOCKED) return locked
    if (!token) return emailTaken
  }

  try {
    await sdk().store.customer.create(
      { email: customer.email, first_name: customer.first_name, last_name: customer.last_name || undefined, phone: customer.phone || undefined },
      { fields: "id" },
      { authorization: `Bearer ${token}` }
    )
  } catch (error) {
    if (isStatus(error, 400, 401, 409, 422)) return emailTaken
    throw error
  }

  // The registration token names no customer yet; a fresh login does.
  const session = await customerToken(customer.email, password)
  if (!session || session === LOCKED) return { message: "registerFailed", values }
  return startSession(session, form.get("next"), locale)
}

export async function logout(): Promise<void> {
  const locale = await getLocale()
  await sdk().auth.logout()
  await removeAuthToken()
  // The cart now carries the customer's email and addresses: the next visitor on this device must not see it.
  await removeCartId()
  redirect({ href: { pathname: "/account/login", query: { loggedOut: "1" } }, locale })
}

/** Always the same answer, whether or not the email has an account: nobody can probe for customers. */
export async function requestPasswordReset(_state: FormState, form: FormData): Promise<FormState> {
  const parsed = parseForm(forgotPasswordSchema, form, ["email"])
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  try {
    // The backend writes the email, and links the reset page, in the language of this page.
    const metadata = { locale: await getLocale() }
    await sdk().auth.resetPassword("customer", "emailpass", { identifier: parsed.data.email, metadata })
  } catch (error) {
    // An unknown email is not the visitor's business; anything else is logged for us.
    if (!isStatus(error, 400, 401, 404)) console.error("Password reset request failed:", error)
  }
  return { done: true, values: { email: parsed.data.email } }
}

export async function resetPassword(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(resetPasswordSchema, form, ["email", "token", "password", "password_confirm"])
  if (!parsed.ok) {
    if (parsed.errors.token || parsed.errors.email) return { message: "resetLinkInvalid" }
    return { errors: parsed.errors }
  }
  const { email, password, token } = parsed.data
  try {
    await sdk().auth.updateProvider("customer", "emailpass", { email, password }, token)
  } catch (error) {
    if (isStatus(error, 400, 401, 403, 404)) return { message: "resetLinkInvalid" }
    throw error
  }
  return redirect({ href: { pathname: "/account/login", query: { reset: "1" } }, locale })
}
