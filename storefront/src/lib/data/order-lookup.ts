"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { orderLookupSchema, parseForm } from "@/lib/validation/account"
import type { FormState } from "./form-state"
import { findOrderId } from "./orders"

/**
 * A guest finds an order by its number and the email it was placed with,
 * then sees it at /lacak-pesanan?order=<id> (the match set this browser's
 * access cookie for that order).
 */
export async function lookupOrder(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(orderLookupSchema, form, ["order_number", "email"])
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const orderId = await findOrderId(parsed.data)
  if (!orderId) {
    return {
      errors: { order_number: "lookupNotFound", email: "lookupCheckEmail" },
      values: { order_number: String(form.get("order_number") ?? ""), email: parsed.data.email },
    }
  }
  return redirect({ href: { pathname: "/orders/lookup", query: { order: orderId } }, locale })
}
