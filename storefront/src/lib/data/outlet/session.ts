import "server-only"
import type { OutletMeResponse } from "@karya-binaan/contract"
import { cache } from "react"
import type { PageHref } from "@/lib/metadata"
import type { OutletSession } from "@/lib/types/outlet"
import { readForPage, readSession, requireSession } from "../portal-session"
import { outletFetch } from "./client"
import { getOutletToken } from "./cookies"
import { reshapeSession } from "./reshape"

/** The logged-in buyer and their outlet, or null (no cookie, expired token, or not an outlet buyer). Once per request. */
export const getOutletSession = cache(async (): Promise<OutletSession | null> =>
  readSession(await getOutletToken(), async () =>
    reshapeSession(await outletFetch<OutletMeResponse>("/outlet/me"))
  )
)

/** Every portal page starts here: the buyer's session, or the login page that comes back to `back`. */
export async function requireOutlet(back: PageHref): Promise<OutletSession> {
  return requireSession(await getOutletSession(), { loginPage: "/outlet/login" }, back)
}

/**
 * A portal page's read: an expired token goes back to login, anything not the
 * outlet's is a 404 page. A 403 goes to login too: the token is a customer's
 * who is no (longer an) outlet buyer.
 */
export async function outletRead<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
  return readForPage(() => outletFetch<T>(path, { query }), { loginPage: "/outlet/login" }, [401, 403])
}
