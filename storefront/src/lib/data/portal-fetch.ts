import "server-only"
import { backendUrl, publishableKey } from "@/lib/env"
import { forwardedFor } from "./visitor-address"

/**
 * A refusal from the backend: its status, the message it gave (Indonesian, for
 * a person) and, where the backend names them, its problems (codes and values
 * a portal words in the person's language).
 */
export class PortalApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: readonly unknown[] = []
  ) {
    super(message)
    this.name = "PortalApiError"
  }
}

export type PortalFetchOptions = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  /** Multipart uploads send FormData as is. */
  form?: FormData
  query?: Record<string, string | number | undefined>
  /** Public routes (invitations, login) go without a bearer. */
  anonymous?: boolean
  /** A token just issued (login, invitation), before it is in the cookie. */
  token?: string
}

/**
 * The portals' one way to the backend (coordinator, outlet): the person's
 * bearer from the portal's own cookie (`readToken`), never cached (every
 * answer is one person's). Plain fetch rather than the JS SDK, whose login
 * would keep a token in the shared server instance. Bodies are never logged.
 */
export async function portalFetch<T>(path: string, options: PortalFetchOptions, readToken: () => Promise<string | undefined>): Promise<T> {
  const url = new URL(`${backendUrl()}${path}`)
  for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value))
  const headers: Record<string, string> = { "x-publishable-api-key": publishableKey(), accept: "application/json" }
  // Sign-in and invitation acceptance (anonymous posts, from server actions) carry the
  // visitor's address for the backend's per-address limit.
  if (options.anonymous && options.body !== undefined) Object.assign(headers, await forwardedFor())
  if (!options.anonymous) {
    const token = options.token ?? (await readToken())
    if (!token) throw new PortalApiError(401, "Not logged in")
    headers.authorization = `Bearer ${token}`
  }
  if (options.body !== undefined) headers["content-type"] = "application/json"
  const res = await fetch(url, {
    method: options.method ?? (options.body !== undefined || options.form ? "POST" : "GET"),
    headers,
    body: options.form ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    cache: "no-store",
  })
  const text = await res.text()
  let data: unknown = undefined
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (!res.ok) {
    const { message, problems } = (data ?? {}) as { message?: unknown; problems?: unknown }
    throw new PortalApiError(res.status, typeof message === "string" ? message : res.statusText, Array.isArray(problems) ? problems : [])
  }
  return data as T
}

export const isPortalApiStatus = (error: unknown, ...statuses: number[]): error is PortalApiError =>
  error instanceof PortalApiError && statuses.includes(error.status)
