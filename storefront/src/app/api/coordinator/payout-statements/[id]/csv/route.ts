import { getCoordinatorToken } from "@/lib/data/coordinator/cookies"
import { backendUrl, publishableKey } from "@/lib/env"

/**
 * A statement's CSV for the signed-in coordinator: the backend's file passed
 * through with the token from the portal's httpOnly cookie (a plain link to
 * the backend would carry no token). `with_names=true` adds the private names.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const token = await getCoordinatorToken()
  if (!token) return new Response("Silakan masuk ke portal koordinator terlebih dahulu.", { status: 401 })
  const { id } = await params
  const url = new URL(`${backendUrl()}/coordinator/payout-statements/${encodeURIComponent(id)}/csv`)
  if (new URL(request.url).searchParams.get("with_names") === "true") url.searchParams.set("with_names", "true")
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey() },
    cache: "no-store",
  })
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null
    return new Response(body?.message ?? res.statusText, { status: res.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  return new Response(res.body, {
    status: 200,
    headers: {
      "content-type": res.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": res.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
    },
  })
}
