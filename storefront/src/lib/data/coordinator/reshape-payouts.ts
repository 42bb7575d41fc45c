import type * as Api from "@karya-binaan/contract"
import { isoString } from "../date-time"
import type { Earnings, PayoutStatement, PayoutStatementLine } from "@/lib/types/coordinator"

// GET /coordinator/earnings and /coordinator/payout-statements, typed by the backend's contract.

// The order buckets are shown in: the people first, the platform last.
const BUCKET_ORDER = ["participants", "material_fund", "facility", "outlet", "platform"]

export function reshapeEarnings(raw: Api.CohortEarnings): Earnings {
  return {
    participants: raw.participants.map((p) => ({
      id: p.participant_id,
      code: p.code,
      displayName: p.display_name ?? null,
      allocated: p.allocated,
      reversed: p.reversed,
      net: p.net,
    })),
    buckets: Object.entries(raw.buckets)
      .map(([bucket, amount]) => ({ bucket, amount }))
      .sort((a, b) => BUCKET_ORDER.indexOf(a.bucket) - BUCKET_ORDER.indexOf(b.bucket)),
    orders: raw.orders
      .map((o) => ({ orderId: o.order_id, displayId: o.display_id ?? null, occurredAt: isoString(o.occurred_at), amount: o.amount }))
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
  }
}

export function reshapeStatement(raw: Api.PayoutStatement): PayoutStatement {
  return {
    id: raw.id,
    period: raw.period,
    partyType: raw.party_type,
    partyLabel: raw.party_label,
    displayName: raw.display_name ?? null,
    cohortName: raw.cohort_name,
    facilityName: raw.facility_name,
    total: raw.total,
    status: raw.status,
    paidReference: raw.paid_reference ?? null,
    paidAt: raw.paid_at ?? null,
    paidBy: raw.paid_by_type ?? null,
    lineCount: raw.line_count,
    createdAt: raw.created_at,
  }
}

export function reshapeStatementLine(raw: Api.PayoutStatementLine): PayoutStatementLine {
  const product = raw.product_title
  return {
    entryId: raw.ledger_entry_id,
    orderId: raw.order_id,
    orderDisplayId: raw.order_display_id ?? null,
    product: raw.variant_title ? `${product} (${raw.variant_title})` : product,
    bucket: raw.bucket,
    // The ledger knows two kinds; anything but a reversal adds money.
    kind: raw.kind === "reversal" ? "reversal" : "allocation",
    amount: raw.amount,
    occurredAt: raw.occurred_at,
  }
}
