import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PayoutStatement, PayoutStatementLine } from "@karya-binaan/contract"

/** The one answer for a statement that isn't there or isn't the asker's. */
export const STATEMENT_NOT_FOUND = "Slip pembayaran tidak ditemukan"

/**
 * Who reads: operators see participant codes only; a cohort's coordinators
 * also see the private display names they gave (never anything else does).
 */
export type Audience = { withNames: boolean }

/**
 * A statement with its run's period and its party's names in one query: the
 * cohort and the participant come through read-only links (links/payout-statement-*).
 */
export const STATEMENT_FIELDS = [
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
  "run.period",
  "run.period_from",
  "run.period_to",
  "entries.id",
  "cohort.name",
  "cohort.facility_name",
  "participant.code",
  "participant.display_name",
]

/** The same with every line, each with its order's number and product (read-only links/payout-statement-entry-*). */
export const STATEMENT_WITH_LINES_FIELDS = [
  ...STATEMENT_FIELDS,
  "entries.ledger_entry_id",
  "entries.order_id",
  "entries.line_item_id",
  "entries.bucket",
  "entries.kind",
  "entries.amount",
  "entries.occurred_at",
  "entries.order.display_id",
  "entries.order_line_item.title",
  "entries.order_line_item.product_title",
  "entries.order_line_item.variant_title",
]

type Instant = Date | string
type EntryRow = {
  id: string
  ledger_entry_id?: string
  order_id?: string
  line_item_id?: string
  bucket?: string
  kind?: string
  amount?: number
  occurred_at?: Instant
  order?: { display_id?: number | null } | null
  order_line_item?: { title?: string | null; product_title?: string | null; variant_title?: string | null } | null
}
/** A payout_statement as STATEMENT_FIELDS (or STATEMENT_WITH_LINES_FIELDS) reads it. */
export type StatementRow = {
  id: string
  run_id: string
  party_type: "participant" | "cohort"
  party_id: string
  cohort_id: string
  total: number
  status: "unpaid" | "paid"
  paid_reference: string | null
  paid_at: Instant | null
  paid_by: string | null
  paid_by_type: "user" | "coordinator" | null
  created_at: Instant
  run?: { period: string; period_from: Instant; period_to: Instant } | null
  entries?: (EntryRow | null)[] | null
  cohort?: { name: string; facility_name: string } | null
  participant?: { code: string; display_name: string | null } | null
}

export const iso = (d: Instant | null | undefined) => (d ? new Date(d).toISOString() : null)

/** A statement as people read it; the private name only for an audience with names. */
export function toStatementView(r: StatementRow, audience: Audience): PayoutStatement {
  const participant = r.party_type === "participant" ? r.participant : undefined
  return {
    id: r.id,
    run_id: r.run_id,
    period: r.run?.period ?? "",
    period_from: iso(r.run?.period_from) ?? "",
    period_to: iso(r.run?.period_to) ?? "",
    party_type: r.party_type,
    party_id: r.party_id,
    party_label: r.party_type === "participant" ? (participant?.code ?? r.party_id) : (r.cohort?.name ?? r.cohort_id),
    ...(audience.withNames && r.party_type === "participant" ? { display_name: participant?.display_name ?? null } : {}),
    cohort_id: r.cohort_id,
    cohort_name: r.cohort?.name ?? "",
    facility_name: r.cohort?.facility_name ?? "",
    total: Number(r.total),
    status: r.status,
    paid_reference: r.paid_reference,
    paid_at: iso(r.paid_at),
    paid_by: r.paid_by,
    paid_by_type: r.paid_by_type,
    created_at: iso(r.created_at) ?? "",
    line_count: r.entries?.length ?? 0,
  }
}

/** A statement's lines, oldest first, as STATEMENT_WITH_LINES_FIELDS read them. */
export function statementLines(r: StatementRow): PayoutStatementLine[] {
  const time = (e: EntryRow) => new Date(e.occurred_at ?? 0).getTime()
  return (r.entries ?? [])
    .flatMap((e) => (e ? [e] : []))
    .sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id))
    .map((e) => ({
      ledger_entry_id: e.ledger_entry_id ?? "",
      order_id: e.order_id ?? "",
      order_display_id: e.order?.display_id ?? null,
      line_item_id: e.line_item_id ?? "",
      product_title: e.order_line_item?.product_title ?? e.order_line_item?.title ?? "",
      variant_title: e.order_line_item?.variant_title ?? null,
      bucket: e.bucket ?? "",
      kind: e.kind ?? "",
      amount: Number(e.amount),
      occurred_at: iso(e.occurred_at) ?? "",
    }))
}

// Participants first by code, then the cohort's material fund.
const cohortLast = (s: PayoutStatement) => (s.party_type === "cohort" ? 1 : 0)
export const byParty = (a: PayoutStatement, b: PayoutStatement) =>
  a.cohort_name.localeCompare(b.cohort_name) || cohortLast(a) - cohortLast(b) || a.party_label.localeCompare(b.party_label)

/**
 * One statement in one query, or 404; `cohortIds` limits it to those cohorts
 * (a coordinator's), answering like an unknown id.
 */
export async function retrieveStatement(
  scope: MedusaContainer,
  id: string,
  options: { fields?: string[]; cohortIds?: string[] } = {}
): Promise<StatementRow> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_statement",
    fields: options.fields ?? STATEMENT_FIELDS,
    filters: { id },
  })
  const row = data[0] as StatementRow | undefined
  if (!row || (options.cohortIds && !options.cohortIds.includes(row.cohort_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, STATEMENT_NOT_FOUND)
  }
  return row
}
