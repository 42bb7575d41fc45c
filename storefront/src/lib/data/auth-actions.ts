"use server"

import { getLocale } from "next-intl/server"
import { FetchError } from "@medusajs/js-sdk"
import { redirect as redirectTo } from "next/navigation"
import { redirect } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { safeNextPath } from "@/lib/util/next-path"
import { confirmRegistrationSchema, forgotPasswordSchema, loginSchema, parseForm, registerSchema, resetPasswordSchema } from "@/lib/validation/account"
import { authHeaders, getCartId, removeAuthToken, removeCartId, setAuthToken } from "./cookies"
import type { FormState } from "./form-state"
import { sdk } from "./sdk"
import { forwardedFor } from "./visitor-address"

const REGISTER_FIELDS = ["first_name", "last_name", "email", "phone"] as const
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
 * Registration by email (issue 14 item 1): the backend answers "check your
 * email" for every address, and the email says what comes next: the link that
 * finishes a new registration, or, for an address that already has an
 * account, that someone tried and how to log in or reset. The page therefore
 * says the same for both, and nobody learns here who has an account.
 */
export async function register(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(registerSchema, form, REGISTER_FIELDS)
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const customer = parsed.data
  try {
    await sdk().client.fetch("/store/registrations", {
      method: "POST",
      body: { ...customer, last_name: customer.last_name || undefined, phone: customer.phone || undefined, locale },
      headers: await forwardedFor(),
    })
  } catch (error) {
    if (isStatus(error, 400)) return { message: "registerFailed", values: { ...customer } }
    if (isStatus(error, 429)) return { message: "tooManyRegistrations", values: { ...customer } }
    throw error
  }
  return { done: true, message: "registerCheckEmail", values: { email: customer.email } }
}

/**
 * The page the registration email links to: the chosen password finishes the
 * account (backend), and the person is logged in with it, the guest's cart kept.
 */
export async function confirmRegistration(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(confirmRegistrationSchema, form, ["token", "password"])
  if (!parsed.ok) {
    if (parsed.errors.token) return { message: "registerLinkInvalid" }
    return { errors: parsed.errors }
  }
  let email: string
  try {
    const { customer } = await sdk().client.fetch<{ customer: { email: string } }>("/store/registrations/confirm", {
      method: "POST",
      body: parsed.data,
      headers: await forwardedFor(),
    })
    email = customer.email
  } catch (error) {
    if (isStatus(error, 400)) return { message: "registerLinkInvalid" }
    if (isStatus(error, 409, 422)) return { message: "registerAlreadyDone" }
    throw error
  }
  const session = await customerToken(email, parsed.data.password)
  if (!session || session === LOCKED) return { message: "registerFailed" }
  return startSession(session, null, locale)
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
