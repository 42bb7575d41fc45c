import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StatementView } from "../../../modules/payout/statement-view"
import { byParty, iso, listStatements, type RunRow } from "../payout-statements/statement-views"

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

/** Runs, newest first, each with its statements' count, paid count and total. */
export async function listRuns(scope: MedusaContainer, page: { limit: number; offset: number }): Promise<{ runs: RunView[]; count: number }> {
  const { data, metadata } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_run",
    fields: ["id", "period", "period_from", "period_to", "created_by", "created_at", "statements.id", "statements.total", "statements.status"],
    pagination: { skip: page.offset, take: page.limit, order: { created_at: "DESC" } },
  })
  const runs = (data as (RunRow & { statements?: { total: number; status: string }[] | null })[]).map((r) => toRunView(r, r.statements ?? []))
  return { runs, count: metadata?.count ?? runs.length }
}

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

/** One run with its statements, or 404. */
export async function getRun(scope: MedusaContainer, id: string): Promise<RunView & { statements: StatementView[] }> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_run",
    fields: ["id", "period", "period_from", "period_to", "created_by", "created_at"],
    filters: { id },
  })
  const run = data[0] as RunRow | undefined
  if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pembayaran bagi hasil tidak ditemukan")
  const statements = await listStatements(scope, { run_id: id }, { withNames: false })
  return { ...toRunView(run, statements), statements: statements.sort(byParty) }
}
