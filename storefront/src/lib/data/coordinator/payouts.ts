import "server-only"
import type { CohortEarningsResponse, CoordinatorPayoutStatementListResponse, PayoutStatementWithLinesResponse } from "@karya-binaan/contract"
import type { Earnings, PayoutStatement, PayoutStatementLine } from "@/lib/types/coordinator"
import { monthDays } from "./payout-period"
import { portalRead } from "./read"
import { reshapeEarnings, reshapeStatement, reshapeStatementLine } from "./reshape-payouts"

// Private: participant names appear here for the coordinator's eyes only; never logged.

/** The cohort's earnings over one Jakarta month. */
export async function getEarnings(cohortId: string, month: string): Promise<Earnings> {
  const { from, to } = monthDays(month)
  return reshapeEarnings(await portalRead<CohortEarningsResponse>("/coordinator/earnings", { cohort_id: cohortId, from, to }))
}

/** The cohort's payout statements, newest period first. */
export async function listStatements(cohortId: string): Promise<PayoutStatement[]> {
  const { payout_statements } = await portalRead<CoordinatorPayoutStatementListResponse>("/coordinator/payout-statements", { cohort_id: cohortId })
  return payout_statements.map(reshapeStatement)
}

/** One statement with its lines; another cohort's is a 404 page. */
export async function getStatement(id: string): Promise<PayoutStatement & { lines: PayoutStatementLine[] }> {
  const { payout_statement } = await portalRead<PayoutStatementWithLinesResponse>(`/coordinator/payout-statements/${encodeURIComponent(id)}`)
  return { ...reshapeStatement(payout_statement), lines: payout_statement.lines.map(reshapeStatementLine) }
}
