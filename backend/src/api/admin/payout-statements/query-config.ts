import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutModuleService } from "../../../modules/payout/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import type { StatementLine, StatementView } from "../../../modules/payout/statement-view"

/** The one answer for a statement that isn't there or isn't the asker's. */
export const STATEMENT_NOT_FOUND = "Slip pembayaran tidak ditemukan"

/**
 * Who reads: operators see participant codes only; a cohort's coordinators
 * also see the private display names they gave (never anything else does).
 */
export type Audience = { withNames: boolean }

export type RunRow = { id: string; period: string; period_from: Date; period_to: Date; created_by: string; created_at: Date }
type StatementRow = {
  id: string
  run_id: string
  party_type: "participant" | "cohort"
  party_id: string
  cohort_id: string
  total: number
  status: "unpaid" | "paid"
  paid_reference: string | null
  paid_at: Date | null
  paid_by: string | null
  paid_by_type: "user" | "coordinator" | null
  created_at: Date
  run?: RunRow | null
  entries?: { id: string }[] | null
}

const STATEMENT_SELECT = [
  "id",
  "run_id",
  "party_type",
  "party_id",
  "cohort_id",
  "total",
  "status",
  "paid_reference",
  "paid_at",
  "paid_by",
  "paid_by_type",
  "created_at",
  "run.id",
  "run.period",
  "run.period_from",
  "run.period_to",
  "entries.id",
]

export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** Codes (and names) of participants, names and facilities of cohorts: one read each. */
async function partyLabels(scope: MedusaContainer, rows: StatementRow[]) {
  const participantIds = [...new Set(rows.filter((r) => r.party_type === "participant").map((r) => r.party_id))]
  const cohortIds = [...new Set(rows.map((r) => r.cohort_id))]
  const [participants, cohorts] = await Promise.all([
    participantIds.length
      ? scope.resolve<ProductionModuleService>(PRODUCTION_MODULE).listParticipants({ id: participantIds }, { select: ["id", "code", "display_name"] })
      : [],
    cohortIds.length
      ? scope
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "cohort", fields: ["id", "name", "facility_name"], filters: { id: cohortIds } })
          .then(({ data }) => data as { id: string; name: string; facility_name: string }[])
      : [],
  ])
  return {
    participant: new Map(participants.map((p) => [p.id, p])),
    cohort: new Map(cohorts.map((c) => [c.id, c])),
  }
}

async function toViews(scope: MedusaContainer, rows: StatementRow[], audience: Audience): Promise<StatementView[]> {
  const labels = await partyLabels(scope, rows)
  return rows.map((r) => {
    const cohort = labels.cohort.get(r.cohort_id)
    const participant = r.party_type === "participant" ? labels.participant.get(r.party_id) : undefined
    return {
      id: r.id,
      run_id: r.run_id,
      period: r.run?.period ?? "",
      period_from: iso(r.run?.period_from) ?? "",
      period_to: iso(r.run?.period_to) ?? "",
      party_type: r.party_type,
      party_id: r.party_id,
      party_label: r.party_type === "participant" ? (participant?.code ?? r.party_id) : (cohort?.name ?? r.cohort_id),
      ...(audience.withNames && r.party_type === "participant" ? { display_name: participant?.display_name ?? null } : {}),
      cohort_id: r.cohort_id,
      cohort_name: cohort?.name ?? "",
      facility_name: cohort?.facility_name ?? "",
      total: Number(r.total),
      status: r.status,
      paid_reference: r.paid_reference,
      paid_at: iso(r.paid_at),
      paid_by: r.paid_by,
      paid_by_type: r.paid_by_type,
      created_at: iso(r.created_at) ?? "",
      line_count: r.entries?.length ?? 0,
    }
  })
}

// Participants first by code, then the cohort's material fund.
const cohortLast = (s: StatementView) => (s.party_type === "cohort" ? 1 : 0)
export const byParty = (a: StatementView, b: StatementView) =>
  a.cohort_name.localeCompare(b.cohort_name) || cohortLast(a) - cohortLast(b) || a.party_label.localeCompare(b.party_label)

/** Statements matching the filters (a run's, a cohort's), newest run first. */
export async function listStatements(
  scope: MedusaContainer,
  filters: { run_id?: string; cohort_id?: string | string[]; status?: "unpaid" | "paid" },
  audience: Audience
): Promise<StatementView[]> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_statement",
    fields: STATEMENT_SELECT,
    filters,
  })
  const views = await toViews(scope, data as StatementRow[], audience)
  return views.sort((a, b) => b.period_to.localeCompare(a.period_to) || b.created_at.localeCompare(a.created_at) || byParty(a, b))
}

/** One statement, or 404; `cohortIds` limits it to those cohorts (a coordinator's). */
export async function getStatement(scope: MedusaContainer, id: string, audience: Audience, cohortIds?: string[]): Promise<StatementView> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_statement",
    fields: STATEMENT_SELECT,
    filters: { id },
  })
  const row = data[0] as StatementRow | undefined
  if (!row || (cohortIds && !cohortIds.includes(row.cohort_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, STATEMENT_NOT_FOUND)
  }
  const [view] = await toViews(scope, [row], audience)
  return view
}

/** A statement's lines, oldest first, with each order's number and product. */
export async function statementLines(scope: MedusaContainer, statementId: string): Promise<StatementLine[]> {
  const entries = await scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listPayoutStatementEntries({ statement_id: statementId }, { order: { occurred_at: "ASC", id: "ASC" } })
  if (!entries.length) return []
  const orders = scope.resolve(Modules.ORDER)
  const [orderRows, items] = await Promise.all([
    orders.listOrders({ id: [...new Set(entries.map((e) => e.order_id))] }, { select: ["id", "display_id"] }),
    orders.listOrderLineItems({ id: [...new Set(entries.map((e) => e.line_item_id))] }, { select: ["id", "title", "product_title", "variant_title"] }),
  ])
  const displayIds = new Map(orderRows.map((o) => [o.id, o.display_id ?? null]))
  const lines = new Map(items.map((i) => [i.id, i]))
  return entries.map((e) => {
    const item = lines.get(e.line_item_id)
    return {
      ledger_entry_id: e.ledger_entry_id,
      order_id: e.order_id,
      order_display_id: displayIds.get(e.order_id) ?? null,
      line_item_id: e.line_item_id,
      product_title: item?.product_title ?? item?.title ?? "",
      variant_title: item?.variant_title ?? null,
      bucket: e.bucket,
      kind: e.kind,
      amount: Number(e.amount),
      occurred_at: new Date(e.occurred_at).toISOString(),
    }
  })
}
