import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { getLocale } from "next-intl/server"
import { getPathname, redirect } from "@/i18n/navigation"
import type { PageHref } from "@/lib/metadata"
import { authHeaders, getAuthToken } from "./cookies"
import { sdk } from "./sdk"

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

/**
 * The logged-in customer, or null for a visitor (no token, or one the backend
 * no longer accepts). Per visitor, so never cached.
 */
export async function getCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await sdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: CUSTOMER_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return customer
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 404)) return null
    throw error
  }
}

/**
 * The customer, or a redirect to the login page that comes back to `back`
 * afterwards: every account page starts here.
 */
export async function requireCustomer(back: PageHref): Promise<HttpTypes.StoreCustomer> {
  const customer = await getCustomer()
  if (customer) return customer
  const locale = await getLocale()
  return redirect({ href: { pathname: "/account/login", query: { next: getPathname({ locale, href: back }) } }, locale })
}
