import { env } from "./env"

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

type Options = {
  method?: string
  body?: unknown
  /** Bearer token of a logged-in actor. */
  token?: string
  /** Send the storefront's publishable key (default for /store routes). */
  publishable?: boolean
  headers?: Record<string, string>
  /** Another server of the backend (a fault suite's spare); the test backend by default. */
  backendUrl?: string
}

/** One HTTP call to the test backend (or `backendUrl`), JSON in and out, never throwing on 4xx/5xx. */
export async function api<T = any>(path: string, options: Options = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.body !== undefined) headers["content-type"] = "application/json"
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.publishable ?? path.startsWith("/store")) headers["x-publishable-api-key"] = env.publishableKey
  const res = await fetch(`${options.backendUrl ?? env.backendUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await res.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, headers: res.headers }
}
