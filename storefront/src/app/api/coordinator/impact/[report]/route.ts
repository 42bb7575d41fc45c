import { getCoordinatorToken } from "@/lib/data/coordinator/cookies"
import { backendUrl, publishableKey } from "@/lib/env"

// The files the backend makes of a cohort's figures (impact-admin's report routes).
const REPORTS = { "report.pdf": "application/pdf", "report.csv": "text/csv; charset=utf-8", "report.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const
const PASSED_ON = ["cohort_id", "from", "to"] as const

/**
 * The cohort's impact report (PDF, CSV or XLSX) for the signed-in coordinator:
 * the backend's file passed through with the token from the portal's httpOnly
 * cookie, as the payout statement's CSV is. The backend checks the cohort is theirs.
 */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const { report } = await params
  if (!(report in REPORTS)) return new Response("Laporan tidak dikenal: pilih report.pdf, report.csv atau report.xlsx.", { status: 404 })
  const token = await getCoordinatorToken()
  if (!token) return new Response("Silakan masuk ke portal koordinator terlebih dahulu.", { status: 401 })
  const asked = new URL(request.url).searchParams
  const url = new URL(`${backendUrl()}/coordinator/impact/${report}`)
  for (const key of PASSED_ON) {
    const value = asked.get(key)
    if (value) url.searchParams.set(key, value)
  }
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey() }, cache: "no-store" })
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null
    return new Response(body?.message ?? res.statusText, { status: res.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  return new Response(res.body, {
    status: 200,
    headers: {
      "content-type": res.headers.get("content-type") ?? REPORTS[report as keyof typeof REPORTS],
      "content-disposition": res.headers.get("content-disposition") ?? `attachment; filename="dampak.${report.split(".")[1]}"`,
      "cache-control": "private, no-store",
    },
  })
}
