import "server-only"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { PortalApiError } from "../portal-fetch"
import { coordinatorFetch } from "./client"

export type Mutation<T> = { ok: true; data: T } | { ok: false; status: number; message: string }

/**
 * A portal form's write. An expired session goes back to login; any other
 * refusal (4xx) is returned with the backend's message for the form to show.
 * Server errors are thrown to the error page.
 */
export async function mutate<T>(path: string, options: Parameters<typeof coordinatorFetch>[1] = {}): Promise<Mutation<T>> {
  try {
    return { ok: true, data: await coordinatorFetch<T>(path, { method: "POST", ...options }) }
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    if (error.status === 401) {
      const locale = await getLocale()
      return redirect({ href: { pathname: "/coordinator/login", query: { expired: "1" } }, locale })
    }
    if (error.status >= 400 && error.status < 500) return { ok: false, status: error.status, message: error.message }
    throw error
  }
}
