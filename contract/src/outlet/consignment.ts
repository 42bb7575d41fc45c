import type { DateTime } from "../common/date-time"

/** An outlet's sell-through report for a period: units sold per variant, one sale order. */
export type ConsignmentReport = {
  id: string
  period_start: DateTime
  period_end: DateTime
  order_id: string | null
  /**
   * Units sold per variant. A JSON column, which Medusa's generated types call
   * an object: readers check it is the list it always holds.
   */
  lines: ConsignmentReportLine[] | Record<string, unknown>
  created_at: DateTime
}

export type ConsignmentReportLine = { variant_id: string; quantity: number }

export type ConsignmentReportListResponse = { reports: ConsignmentReport[] }

/** The report just recorded and the sale order it became. */
export type ConsignmentReportCreatedResponse = { report: { report_id: string; order_id: string } }
