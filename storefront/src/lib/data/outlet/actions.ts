"use server"

import { getLocale } from "next-intl/server"
import { redirect as redirectTo } from "next/navigation"
import { redirect } from "@/i18n/navigation"
import { safeNextPath } from "@/lib/util/next-path"
import { coordinatorLoginSchema, parseAuthForm } from "@/lib/validation/coordinator/auth"
import { acceptOutletInvitationSchema, parseConsignmentReport, parseQuickOrder } from "@/lib/validation/outlet"
import type { FormState } from "../form-state"
import { isPortalApiStatus } from "../portal-fetch"
import { outletFetch } from "./client"
import { removeOutletToken, setOutletToken } from "./cookies"

/** A customer token that belongs to an outlet buyer, or null (wrong password, or a shopper's account). */
async function outletToken(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await outletFetch<{ token?: string }>("/auth/customer/emailpass", { anonymous: true, body: { email, password } })
    if (!token) return null
    await outletFetch("/outlet/me", { token })
    return token
  } catch (error) {
    if (isPortalApiStatus(error, 400, 401, 403, 404)) return null
    throw error
  }
}

export async function outletLogin(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseAuthForm(coordinatorLoginSchema, form, ["email", "password"])
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const token = await outletToken(parsed.data.email, parsed.data.password)
  if (!token) return { message: "invalidLogin", values: { email: parsed.data.email } }
  await setOutletToken(token)
  const target = safeNextPath(form.get("next"))
  if (target) redirectTo(target)
  return redirect({ href: "/outlet", locale })
}

/** Sets name and password for an invited buyer; the answer is a token, so they are logged in at once. */
export async function acceptOutletInvitation(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseAuthForm(acceptOutletInvitationSchema, form, ["token", "name", "password", "password_confirm"])
  if (!parsed.ok) {
    if (parsed.errors.token) return { message: "inviteInvalid" }
    return { errors: parsed.errors, values: parsed.values }
  }
  const { token, name, password } = parsed.data
  let session: string | undefined
  try {
    ;({ token: session } = await outletFetch<{ token?: string }>("/outlet-invites/accept", { anonymous: true, body: { token, first_name: name, password } }))
  } catch (error) {
    if (isPortalApiStatus(error, 404, 409, 410)) return { message: "inviteInvalid" }
    if (isPortalApiStatus(error, 400, 422)) return { message: "inviteRefused", detail: error.message, values: { token, name } }
    throw error
  }
  if (!session) return { message: "inviteRefused", values: { token, name } }
  await setOutletToken(session)
  return redirect({ href: { pathname: "/outlet", query: { welcome: "1" } }, locale })
}

export async function outletLogout(): Promise<void> {
  const locale = await getLocale()
  await removeOutletToken()
  redirect({ href: { pathname: "/outlet/login", query: { loggedOut: "1" } }, locale })
}

/**
 * The quick-order grid: cartons become units, then the backend places the
 * order on invoice, or refuses with the reason (minimum, cartons) in the
 * buyer's language, which the form shows as it came.
 */
export async function placeOutletOrder(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseQuickOrder(form)
  const values = Object.fromEntries([...form.entries()].filter(([k]) => k.startsWith("cartons.") || k === "po_number" || k === "delivery").map(([k, v]) => [k, String(v)]))
  if (!parsed.ok) return { errors: parsed.errors, values, attempt: Number(form.get("attempt") ?? 0) + 1 }
  let orderId: string
  try {
    const { order } = await outletFetch<{ order: { id: string } }>("/outlet/orders", {
      body: { ...parsed.data, locale: locale === "en" ? "en-US" : "id-ID" },
    })
    orderId = order.id
  } catch (error) {
    if (isPortalApiStatus(error, 401, 403)) return redirect({ href: { pathname: "/outlet/login", query: { expired: "1" } }, locale })
    if (isPortalApiStatus(error, 400, 404, 409, 422)) return { message: "orderRefused", detail: error.message, values, attempt: Number(form.get("attempt") ?? 0) + 1 }
    throw error
  }
  return redirect({ href: { pathname: "/outlet/orders/[id]", params: { id: orderId }, query: { placed: "1" } }, locale })
}

/** A sell-through report: units sold per product for a period; the backend records and settles the sale. */
export async function reportConsignmentSales(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseConsignmentReport(form)
  const values = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)]))
  if (!parsed.ok) return { errors: parsed.errors, values, attempt: Number(form.get("attempt") ?? 0) + 1 }
  try {
    await outletFetch("/outlet/consignment-reports", { body: parsed.data })
  } catch (error) {
    if (isPortalApiStatus(error, 401, 403)) return redirect({ href: { pathname: "/outlet/login", query: { expired: "1" } }, locale })
    if (isPortalApiStatus(error, 400, 404, 409, 422)) return { message: "reportRefused", detail: error.message, values, attempt: Number(form.get("attempt") ?? 0) + 1 }
    throw error
  }
  return redirect({ href: { pathname: "/outlet/consignment", query: { reported: "1" } }, locale })
}
