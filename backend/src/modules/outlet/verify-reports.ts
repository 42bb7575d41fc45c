/** A sell-through report as the check reads it, with its sale order's state (null when the order is missing). */
export type ReportRecord = {
  id: string
  outlet_id: string
  created_at: Date | string
  order_id: string | null
  sale: { status: string; captured: boolean } | null
}

export type ReportProblem = { report_id: string; outlet_id: string; problem: string }

/** A report still being written is under its outlet's lock for at most this long. */
export const REPORT_WRITE_MS = 10 * 60 * 1000

/**
 * A sell-through report is whole when its sale order exists, is not canceled
 * and its payment is captured (the report workflow's last step). Anything else
 * older than a report takes to write was interrupted: a process killed
 * mid-way runs no compensation. Returns the problems, none when all holds.
 */
export function verifyReports(reports: ReportRecord[], now: Date): ReportProblem[] {
  const problems: ReportProblem[] = []
  for (const r of reports) {
    if (now.getTime() - new Date(r.created_at).getTime() < REPORT_WRITE_MS) continue
    const report = (problem: string) => problems.push({ report_id: r.id, outlet_id: r.outlet_id, problem })
    if (!r.order_id) report("interrupted: no sale order was linked to it")
    else if (!r.sale) report(`interrupted: its sale order ${r.order_id} does not exist`)
    else if (r.sale.status === "canceled") report(`its sale order ${r.order_id} is canceled`)
    else if (!r.sale.captured) report(`interrupted: its sale order ${r.order_id} was never paid (no captured payment)`)
  }
  return problems
}
