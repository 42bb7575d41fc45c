"use server"

import { getLocale } from "next-intl/server"
import { FetchError } from "@medusajs/js-sdk"
import { refresh } from "next/cache"
import { redirect } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { parseAddress } from "@/lib/validation/address"
import { parseForm, profileSchema } from "@/lib/validation/account"
import { authHeaders } from "./cookies"
import type { FormState } from "./form-state"
import { sdk } from "./sdk"

// The store API answers 401 once the token has expired: back to login, then here again.
async function loginAgain(error: unknown, locale: AppLocale, next: string): Promise<never> {
  if (error instanceof FetchError && error.status === 401) {
    return redirect({ href: { pathname: "/account/login", query: { next } }, locale })
  }
  throw error
}

export async function updateProfile(_state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseForm(profileSchema, form, ["first_name", "last_name", "phone"])
  if (!parsed.ok) return { errors: parsed.errors, values: parsed.values }
  try {
    // Empty strings clear a last name or phone number the customer removed.
    await sdk().store.customer.update(parsed.data, { fields: "id" }, await authHeaders())
  } catch (error) {
    return loginAgain(error, locale, String(form.get("back") ?? "/"))
  }
  // The page re-reads the customer, so the form shows what is now saved.
  refresh()
  return { done: true, message: "profileSaved" }
}

/** Adds an address, or updates the one named by `address_id`. */
export async function saveAddress(state: FormState, form: FormData): Promise<FormState> {
  const locale = await getLocale()
  const parsed = parseAddress(form)
  if (!parsed.ok) {
    const values = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]))
    return { errors: parsed.errors, values, attempt: (state.attempt ?? 0) + 1 }
  }
  const id = String(form.get("address_id") ?? "")
  try {
    const headers = await authHeaders()
    if (id) await sdk().store.customer.updateAddress(id, parsed.address, { fields: "id" }, headers)
    else await sdk().store.customer.createAddress(parsed.address, { fields: "id" }, headers)
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return { message: "addressGone" }
    return loginAgain(error, locale, String(form.get("back") ?? "/"))
  }
  return redirect({ href: { pathname: "/account/addresses", query: { saved: id ? "updated" : "added" } }, locale })
}

export async function deleteAddress(form: FormData): Promise<void> {
  const locale = await getLocale()
  const id = String(form.get("address_id") ?? "")
  try {
    if (id) await sdk().store.customer.deleteAddress(id, await authHeaders())
  } catch (error) {
    // Already gone (another tab): the list below shows the truth either way.
    if (!(error instanceof FetchError && error.status === 404)) await loginAgain(error, locale, String(form.get("back") ?? "/"))
  }
  redirect({ href: { pathname: "/account/addresses", query: { saved: "deleted" } }, locale })
}
