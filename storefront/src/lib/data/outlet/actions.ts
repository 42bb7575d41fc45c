"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { parseConsignmentReport, parseQuickOrder } from "@/lib/validation/outlet"
import type { FormState } from "../form-state"
import { portalAcceptInvitation, portalLogin, portalLogout, type PortalAuth } from "../portal-auth"
import { isPortalApiStatus } from "../portal-fetch"
import { loginAgain } from "../portal-session"
import { outletFetch } from "./client"
import { removeOutletToken, setOutletToken } from "./cookies"

// Buyers are Medusa customers: a shopper's customer token is refused by /outlet/me.
const OUTLET_PORTAL: PortalAuth = {
  fetch: outletFetch,
  loginRoute: "/auth/customer/emailpass",
  meRoute: "/outlet/me",
  acceptRoute: "/outlet-invites/accept",
  acceptBody: ({ token, name, password }) => ({ token, first_name: name, password }),
  setToken: setOutletToken,
  removeToken: removeOutletToken,
  home: "/outlet",
  loginPage: "/outlet/login",
}

// A buyer's write: 401/403 is a login that expired (or no longer an outlet's), these are refusals the form shows.
const EXPIRED = [401, 403] as const
const REFUSED = [400, 404, 409, 422] as const

export async function outletLogin(_state: FormState, form: FormData): Promise<FormState> {
  return portalLogin(OUTLET_PORTAL, form)
}

export async function acceptOutletInvitation(_state: FormState, form: FormData): Promise<FormState> {
  return portalAcceptInvitation(OUTLET_PORTAL, form)
}

export async function outletLogout(): Promise<void> {
  return portalLogout(OUTLET_PORTAL)
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
    if (isPortalApiStatus(error, ...EXPIRED)) return loginAgain(OUTLET_PORTAL)
    if (isPortalApiStatus(error, ...REFUSED)) return { message: "orderRefused", detail: error.message, values, attempt: Number(form.get("attempt") ?? 0) + 1 }
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
    if (isPortalApiStatus(error, ...EXPIRED)) return loginAgain(OUTLET_PORTAL)
    if (isPortalApiStatus(error, ...REFUSED)) return { message: "reportRefused", detail: error.message, values, attempt: Number(form.get("attempt") ?? 0) + 1 }
    throw error
  }
  return redirect({ href: { pathname: "/outlet/consignment", query: { reported: "1" } }, locale })
}
