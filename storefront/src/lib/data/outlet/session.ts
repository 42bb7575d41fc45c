import "server-only"
import type { OutletMeResponse } from "@karya-binaan/contract"
import { getLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { cache } from "react"
import { getPathname, redirect } from "@/i18n/navigation"
import type { PageHref } from "@/lib/metadata"
import type { OutletSession } from "@/lib/types/outlet"
import { isPortalApiStatus } from "../portal-fetch"
import { outletFetch } from "./client"
import { getOutletToken } from "./cookies"
import { reshapeSession } from "./reshape"

/** The logged-in buyer and their outlet, or null (no cookie, expired token, or not an outlet buyer). Once per request. */
export const getOutletSession = cache(async (): Promise<OutletSession | null> => {
  if (!(await getOutletToken())) return null
  try {
    return reshapeSession(await outletFetch<OutletMeResponse>("/outlet/me"))
  } catch (error) {
    if (isPortalApiStatus(error, 401, 403, 404)) return null
    throw error
  }
})

/** Every portal page starts here: the buyer's session, or the login page that comes back to `back`. */
export async function requireOutlet(back: PageHref): Promise<OutletSession> {
  const session = await getOutletSession()
  if (session) return session
  const locale = await getLocale()
  return redirect({ href: { pathname: "/outlet/login", query: { next: getPathname({ locale, href: back }) } }, locale })
}

/** A portal page's read: an expired token goes back to login, anything not the outlet's is a 404 page. */
export async function outletRead<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
  try {
    return await outletFetch<T>(path, { query })
  } catch (error) {
    if (isPortalApiStatus(error, 401, 403)) {
      const locale = await getLocale()
      return redirect({ href: { pathname: "/outlet/login", query: { expired: "1" } }, locale })
    }
    if (isPortalApiStatus(error, 404)) notFound()
    throw error
  }
}
