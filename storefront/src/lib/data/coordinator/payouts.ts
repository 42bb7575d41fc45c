import "server-only"
import type { CohortEarningsResponse, CoordinatorPayoutStatementListResponse, PayoutStatementWithLinesResponse } from "@karya-binaan/contract"
import type { Earnings, PayoutStatement, PayoutStatementLine } from "@/lib/types/coordinator"
import { pageQuery } from "../list-page"
import { monthDays } from "./payout-period"
import { portalRead } from "./read"
import { reshapeEarnings, reshapeStatement, reshapeStatementLine } from "./reshape-payouts"

// Private: participant names appear here for the coordinator's eyes only; never logged.

/** The cohort's earnings over one Jakarta month. */
export async function getEarnings(cohortId: string, month: string): Promise<Earnings> {
  const { from, to } = monthDays(month)
  return reshapeEarnings(await portalRead<CohortEarningsResponse>("/coordinator/earnings", { cohort_id: cohortId, from, to }))
}

/** Statements on one page of the statement list. */
export const STATEMENTS_PAGE_SIZE = 20

/** One page (1-based) of the cohort's payout statements, newest period first, with how many there are. */
export async function listStatements(cohortId: string, page = 1): Promise<{ statements: PayoutStatement[]; count: number }> {
  const { payout_statements, count } = await portalRead<CoordinatorPayoutStatementListResponse>("/coordinator/payout-statements", {
    cohort_id: cohortId,
    ...pageQuery(page, STATEMENTS_PAGE_SIZE),
  })
  return { statements: payout_statements.map(reshapeStatement), count }
}

/** One statement with its lines; another cohort's is a 404 page. */
export async function getStatement(id: string): Promise<PayoutStatement & { lines: PayoutStatementLine[] }> {
  const { payout_statement } = await portalRead<PayoutStatementWithLinesResponse>(`/coordinator/payout-statements/${encodeURIComponent(id)}`)
  return { ...reshapeStatement(payout_statement), lines: payout_statement.lines.map(reshapeStatementLine) }
}
