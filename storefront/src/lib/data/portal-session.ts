import "server-only"
import { getLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPathname, redirect } from "@/i18n/navigation"
import type { PageHref } from "@/lib/metadata"
import type { PortalAuth } from "./portal-auth"
import { isPortalApiStatus } from "./portal-fetch"

// What both portals (coordinator, outlet) do with a session: the person behind
// the portal's cookie, the login page for one who has none, and a page's read
// that sends an expired one back to it.

/**
 * The person `readMe` finds behind the portal's token, or null: no token, or
 * one the backend no longer takes (401), or whose identity is no longer one of
 * the portal's people (403, 404).
 */
export async function readSession<T>(token: string | undefined, readMe: () => Promise<T>): Promise<T | null> {
  if (!token) return null
  try {
    return await readMe()
  } catch (error) {
    if (isPortalApiStatus(error, 401, 403, 404)) return null
    throw error
  }
}

/** Every portal page starts here: the session, or the portal's login page that comes back to `back`. */
export async function requireSession<T>(session: T | null, portal: Pick<PortalAuth, "loginPage">, back: PageHref): Promise<T> {
  if (session) return session
  const locale = await getLocale()
  return redirect({ href: { pathname: portal.loginPage, query: { next: getPathname({ locale, href: back }) } }, locale })
}

/** Back to the portal's login page, saying the login expired: for a page's read or a form's write the backend refused as not logged in. */
export async function loginAgain(portal: Pick<PortalAuth, "loginPage">): Promise<never> {
  const locale = await getLocale()
  return redirect({ href: { pathname: portal.loginPage, query: { expired: "1" } }, locale })
}

/**
 * A portal page's read: a refusal in `expired` sends the person to log in
 * again, and anything not theirs (404, never "forbidden") is a 404 page.
 */
export async function readForPage<T>(read: () => Promise<T>, portal: Pick<PortalAuth, "loginPage">, expired: readonly number[]): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (isPortalApiStatus(error, ...expired)) return loginAgain(portal)
    if (isPortalApiStatus(error, 404)) notFound()
    throw error
  }
}
