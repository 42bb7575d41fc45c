import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PayoutStatement } from "@karya-binaan/contract"
import { byParty, iso, STATEMENT_FIELDS, toStatementView, type StatementRow } from "../payout-statements/query-config"

export type RunView = {
  id: string
  period: string
  period_from: string
  period_to: string
  created_by: string
  created_at: string
  statement_count: number
  paid_count: number
  total: number
}

const RUN_FIELDS = ["id", "period", "period_from", "period_to", "created_by", "created_at"]

/** A run in the list: its statements' totals and statuses only. */
export const RUN_LIST_FIELDS = [...RUN_FIELDS, "statements.id", "statements.total", "statements.status"]

/** A run with every statement as people read it, in one query (the run's period is the statements' period). */
export const RUN_DETAIL_FIELDS = [...RUN_FIELDS, ...STATEMENT_FIELDS.filter((f) => !f.startsWith("run.")).map((f) => `statements.${f}`)]

type RunRow = { id: string; period: string; period_from: Date; period_to: Date; created_by: string; created_at: Date }
/** A payout_run as RUN_LIST_FIELDS reads it. */
export type RunListRow = RunRow & { statements?: { total: number; status: string }[] | null }

export function toRunView(r: RunRow, statements: { total: number; status: string }[]): RunView {
  return {
    id: r.id,
    period: r.period,
    period_from: iso(r.period_from) ?? "",
    period_to: iso(r.period_to) ?? "",
    created_by: r.created_by,
    created_at: iso(r.created_at) ?? "",
    statement_count: statements.length,
    paid_count: statements.filter((s) => s.status === "paid").length,
    total: statements.reduce((sum, s) => sum + Number(s.total), 0),
  }
}

/** One run with its statements (participant codes, never names), or 404. */
export async function retrieveRun(scope: MedusaContainer, id: string): Promise<RunView & { statements: PayoutStatement[] }> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "payout_run", fields: RUN_DETAIL_FIELDS, filters: { id } })
  const run = data[0] as (RunRow & { statements?: (StatementRow | null)[] | null }) | undefined
  if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pembayaran bagi hasil tidak ditemukan")
  const statements = (run.statements ?? []).flatMap((s) => (s ? [toStatementView({ ...s, run }, { withNames: false })] : []))
  return { ...toRunView(run, statements), statements: statements.sort(byParty) }
}
