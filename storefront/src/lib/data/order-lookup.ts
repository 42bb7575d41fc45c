"use server"

import { getLocale } from "next-intl/server"
import type { StoreLookupOrder, StoreOrderLookupResponse } from "@karya-binaan/contract"
import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "@/i18n/navigation"
import { orderLookupSchema, parseForm } from "@/lib/validation/account"
import type { FormState } from "./form-state"
import { sdk } from "./sdk"

/**
 * A guest finds an order by its number and the email it was placed with
 * (POST /store/order-lookup), then sees it at /lacak-pesanan?order=<id>, the
 * same key Medusa's confirmation page uses.
 */
export async function lookupOrder(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(orderLookupSchema, form, ["order_number", "email"])
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  let order: StoreLookupOrder
  try {
    ;({ order } = await sdk().client.fetch<StoreOrderLookupResponse>("/store/order-lookup", {
      method: "POST",
      body: parsed.data,
      cache: "no-store",
    }))
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) {
      return {
        errors: { order_number: "lookupNotFound", email: "lookupCheckEmail" },
        values: { order_number: String(form.get("order_number") ?? ""), email: parsed.data.email },
      }
    }
    throw error
  }
  return redirect({ href: { pathname: "/orders/lookup", query: { order: order.id } }, locale })
}
