"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import type { FormState } from "../form-state"
import { isPortalApiStatus } from "../portal-fetch"
import { outletFetch } from "./client"

/** The refusal codes of POST /outlet/pickups/:id/collect the page words (messages OutletPickups.refusal.*). */
const KNOWN = ["pickup_canceled", "pickup_collected", "pickup_awaiting_goods", "pickup_unpaid"]

/**
 * The staff hand an order over (taking the cash when it is paid here): the
 * backend captures the payment, records the takings and marks it delivered.
 * A refusal comes back as a message key with the order number.
 */
export async function collectPickup(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const id = String(form.get("order_id") ?? "")
  const number = String(form.get("display_id") ?? "")
  try {
    await outletFetch(`/outlet/pickups/${encodeURIComponent(id)}/collect`, { body: {} })
  } catch (error) {
    if (isPortalApiStatus(error, 401, 403)) return redirect({ href: "/outlet/login", locale })
    if (isPortalApiStatus(error, 400, 404)) {
      const code = (error.problems[0] as { code?: string } | undefined)?.code
      return { message: code && KNOWN.includes(code) ? `refusal.${code}` : "refused", detail: error.message, values: { display_id: number } }
    }
    throw error
  }
  return redirect({ href: { pathname: "/outlet/pickups", query: { collected: number } }, locale })
}
