import { coordinatorFile } from "@/lib/data/coordinator/backend-file"

// The files the backend makes of a cohort's figures (impact-admin's report routes).
const REPORTS = { "report.pdf": "application/pdf", "report.csv": "text/csv; charset=utf-8", "report.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const
const PASSED_ON = ["cohort_id", "from", "to"] as const

/** The cohort's impact report (PDF, CSV or XLSX) for the signed-in coordinator. */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const { report } = await params
  if (!(report in REPORTS)) return new Response("Laporan tidak dikenal: pilih report.pdf, report.csv atau report.xlsx.", { status: 404 })
  const asked = new URL(request.url).searchParams
  const query = new URLSearchParams()
  for (const key of PASSED_ON) {
    const value = asked.get(key)
    if (value) query.set(key, value)
  }
  return coordinatorFile(`/coordinator/impact/${report}`, query, {
    type: REPORTS[report as keyof typeof REPORTS],
    disposition: `attachment; filename="dampak.${report.split(".")[1]}"`,
  })
}
