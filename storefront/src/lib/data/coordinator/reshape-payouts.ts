import type { Earnings, PayoutStatement, PayoutStatementLine } from "@/lib/types/coordinator"

// GET /coordinator/earnings and /coordinator/payout-statements as the backend sends them.
type Maybe<T> = T | null | undefined

export type RawEarnings = {
  participants?: Maybe<{ participant_id: string; code: string; display_name?: Maybe<string>; allocated: number; reversed: number; net: number }[]>
  buckets?: Maybe<Record<string, number>>
  orders?: Maybe<{ order_id: string; display_id?: Maybe<number>; occurred_at: string; amount: number }[]>
}

export type RawStatement = {
  id: string
  period: string
  party_type: "participant" | "cohort"
  party_label: string
  display_name?: Maybe<string>
  cohort_name?: Maybe<string>
  facility_name?: Maybe<string>
  total: number
  status: "unpaid" | "paid"
  paid_reference?: Maybe<string>
  paid_at?: Maybe<string>
  paid_by_type?: Maybe<"user" | "coordinator">
  line_count?: Maybe<number>
  created_at: string
  lines?: Maybe<RawStatementLine[]>
}

export type RawStatementLine = {
  ledger_entry_id: string
  order_id: string
  order_display_id?: Maybe<number>
  product_title?: Maybe<string>
  variant_title?: Maybe<string>
  bucket: string
  kind: "allocation" | "reversal"
  amount: number
  occurred_at: string
}

// The order buckets are shown in: the people first, the platform last.
const BUCKET_ORDER = ["participants", "material_fund", "facility", "outlet", "platform"]

export function reshapeEarnings(raw: RawEarnings): Earnings {
  return {
    participants: (raw.participants ?? []).map((p) => ({
      id: p.participant_id,
      code: p.code,
      displayName: p.display_name ?? null,
      allocated: p.allocated,
      reversed: p.reversed,
      net: p.net,
    })),
    buckets: Object.entries(raw.buckets ?? {})
      .map(([bucket, amount]) => ({ bucket, amount }))
      .sort((a, b) => BUCKET_ORDER.indexOf(a.bucket) - BUCKET_ORDER.indexOf(b.bucket)),
    orders: (raw.orders ?? [])
      .map((o) => ({ orderId: o.order_id, displayId: o.display_id ?? null, occurredAt: o.occurred_at, amount: o.amount }))
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
  }
}

export function reshapeStatement(raw: RawStatement): PayoutStatement {
  return {
    id: raw.id,
    period: raw.period,
    partyType: raw.party_type,
    partyLabel: raw.party_label,
    displayName: raw.display_name ?? null,
    cohortName: raw.cohort_name ?? "",
    facilityName: raw.facility_name ?? "",
    total: raw.total,
    status: raw.status,
    paidReference: raw.paid_reference ?? null,
    paidAt: raw.paid_at ?? null,
    paidBy: raw.paid_by_type ?? null,
    lineCount: raw.line_count ?? raw.lines?.length ?? 0,
    createdAt: raw.created_at,
  }
}

export function reshapeStatementLine(raw: RawStatementLine): PayoutStatementLine {
  const product = raw.product_title ?? ""
  return {
    entryId: raw.ledger_entry_id,
    orderId: raw.order_id,
    orderDisplayId: raw.order_display_id ?? null,
    product: raw.variant_title ? `${product} (${raw.variant_title})` : product,
    bucket: raw.bucket,
    kind: raw.kind,
    amount: raw.amount,
    occurredAt: raw.occurred_at,
  }
}
