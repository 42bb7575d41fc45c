import "server-only"
import { readForPage } from "../portal-session"
import { coordinatorFetch } from "./client"

/**
 * A coordinator portal page's read: an expired token sends the coordinator to
 * log in again, and anything not theirs (404) is a 404 page.
 */
export async function portalRead<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
  return readForPage(() => coordinatorFetch<T>(path, { query }), { loginPage: "/coordinator/login" }, [401])
}
