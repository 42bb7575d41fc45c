import type { DateTime } from "../common/date-time"

/** A bucket (participants, material_fund, facility, outlet, platform) and its share in basis points (10.000 = the whole net revenue). */
export type RevenueShareBucket = { code: string; basis_points: number }

/** A rule version with its scope's names and whether it has allocated anything (then it can't be edited). */
export type RevenueShareRule = {
  id: string
  name: string
  version: number
  effective_from: DateTime
  cohort_id: string | null
  sales_channel_id: string | null
  buckets: RevenueShareBucket[]
  used: boolean
  cohort: { id: string; name: string } | null
  sales_channel: { id: string; name: string; is_outlet: boolean } | null
}

export type RevenueShareRuleResponse = { revenue_share_rule: RevenueShareRule }
export type RevenueShareRuleListResponse = { revenue_share_rules: RevenueShareRule[]; count: number }

/** Answered with 409 when the rule has allocated already. */
export type RevenueShareRuleConflictResponse = { type: "conflict"; message: string }

/** One ledger entry of an order line's share. */
export type OrderAllocationEntry = {
  id: string
  bucket: string
  party_type: string
  party_id: string
  /** A participant's code, the cohort's or facility's name, never a private name. */
  party_label: string
  amount: number
  kind: "allocation" | "reversal"
  occurred_at: DateTime
}

/** How one order line's net revenue was allocated, and by which rule version. */
export type OrderAllocationLine = {
  line_item_id: string
  title: string
  cohort_id: string | null
  net_revenue: number
  rule: { id: string; version: number; name: string } | null
  entries: OrderAllocationEntry[]
}

/** An order's allocation, line by line, with totals per bucket. */
export type OrderAllocationResponse = {
  order_id: string
  display_id: number
  lines: OrderAllocationLine[]
  totals_by_bucket: Record<string, number>
}
