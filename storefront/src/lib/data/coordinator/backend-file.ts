import "server-only"
import { backendUrl, publishableKey } from "@/lib/env"
import { getCoordinatorToken } from "./cookies"

/**
 * A file the backend makes for the signed-in coordinator (a statement's CSV,
 * the impact report), passed through with the token from the portal's httpOnly
 * cookie: a plain link to the backend would carry no token. The backend checks
 * the file is theirs; its refusal reaches the browser as plain text.
 */
export async function coordinatorFile(path: string, query: URLSearchParams, fallback: { type: string; disposition: string }): Promise<Response> {
  const token = await getCoordinatorToken()
  if (!token) return new Response("Silakan masuk ke portal koordinator terlebih dahulu.", { status: 401 })
  const url = new URL(`${backendUrl()}${path}`)
  url.search = query.toString()
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey() }, cache: "no-store" })
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null
    return new Response(body?.message ?? res.statusText, { status: res.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  return new Response(res.body, {
    status: 200,
    headers: {
      "content-type": res.headers.get("content-type") ?? fallback.type,
      "content-disposition": res.headers.get("content-disposition") ?? fallback.disposition,
      "cache-control": "private, no-store",
    },
  })
}
