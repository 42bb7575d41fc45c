import "server-only"
import { PortalApiError } from "../portal-fetch"
import { loginAgain } from "../portal-session"
import { coordinatorFetch } from "./client"

export type Mutation<T> = { ok: true; data: T } | { ok: false; status: number; message: string; problems: readonly unknown[] }

/**
 * A portal form's write. An expired session goes back to login; any other
 * refusal (4xx) is returned with the backend's message for the form to show
 * and its problems (codes) for the form to word in the reader's language.
 * Server errors are thrown to the error page.
 */
export async function mutate<T>(path: string, options: Parameters<typeof coordinatorFetch>[1] = {}): Promise<Mutation<T>> {
  try {
    return { ok: true, data: await coordinatorFetch<T>(path, { method: "POST", ...options }) }
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    if (error.status === 401) return loginAgain({ loginPage: "/coordinator/login" })
    if (error.status >= 400 && error.status < 500) return { ok: false, status: error.status, message: error.message, problems: error.problems }
    throw error
  }
}
