"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { parseFulfillmentForm, parseShipForm } from "@/lib/validation/coordinator/fulfillment"
import type { FormState } from "../form-state"
import { mutate } from "./mutate"

/** Packs the chosen quantities of the cohort's lines into one Medusa fulfilment. */
export async function packLines(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const orderId = String(form.get("order_id") ?? "")
  const parsed = parseFulfillmentForm(form, String(form.get("cohort_id") ?? ""))
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  const result = await mutate(`/coordinator/orders/${encodeURIComponent(orderId)}/fulfillments`, { body: parsed.data })
  if (!result.ok) {
    const values: Record<string, string> = parsed.data.carrier ? { carrier: parsed.data.carrier } : {}
    // Not paid yet: said in the coordinator's language rather than the backend's Indonesian.
    if (result.problems.some((p) => (p as { code?: unknown } | null)?.code === "awaiting_payment")) return { message: "awaitingPayment", values }
    return { message: "saveRefused", detail: result.message, values }
  }
  return redirect({ href: { pathname: "/coordinator/orders", query: { packed: orderId } }, locale })
}

/** Marks a packed fulfilment shipped: the shopper's order page then shows it with its tracking number. */
export async function markShipped(form: FormData): Promise<void> {
  const locale = await getLocale()
  const orderId = String(form.get("order_id") ?? "")
  const fulfillmentId = String(form.get("fulfillment_id") ?? "")
  const body = parseShipForm(form)
  if (!body) return redirect({ href: { pathname: "/coordinator/orders", query: { refused: orderId } }, locale })
  const result = await mutate(`/coordinator/orders/${encodeURIComponent(orderId)}/fulfillments/${encodeURIComponent(fulfillmentId)}/ship`, { body })
  redirect({ href: { pathname: "/coordinator/orders", query: result.ok ? { shipped: orderId } : { refused: orderId } }, locale })
}
