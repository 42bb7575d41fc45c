import "server-only"
import { getLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { redirect } from "@/i18n/navigation"
import { isPortalApiStatus } from "../portal-fetch"
import { coordinatorFetch } from "./client"

/**
 * A portal page's read: an expired token sends the coordinator to log in
 * again, and anything not theirs (404, never "forbidden") is a 404 page.
 */
export async function portalRead<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
  try {
    return await coordinatorFetch<T>(path, { query })
  } catch (error) {
    if (isPortalApiStatus(error, 401)) {
      const locale = await getLocale()
      return redirect({ href: { pathname: "/coordinator/login", query: { expired: "1" } }, locale })
    }
    if (isPortalApiStatus(error, 404)) notFound()
    throw error
  }
}
