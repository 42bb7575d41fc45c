import { allocateLine, type BucketCode, type Contribution, type PartyType, type RuleBucket } from "./allocation"
import { sharedLines, type OrderSale } from "./order-sale"
import { refundReversalAmount, spreadReversal } from "./reversal"
import { resolveRule, type RuleVersion } from "./rules"

/** A ledger entry as written (the ledger module's create input). */
export type EntryInput = {
  order_id: string
  line_item_id: string
  cohort_id: string
  sales_channel_id: string
  rule_id: string
  rule_version: number
  bucket: BucketCode
  party_type: PartyType
  party_id: string
  amount: number
  kind: "allocation" | "reversal"
  source_id: string
  occurred_at: Date
}

export type RuleWithBuckets = RuleVersion & { buckets: RuleBucket[] }
export type LineDraw = { line_item_id: string; batch_id: string; quantity: number }

export type AllocationContext = {
  rules: RuleWithBuckets[]
  draws: LineDraw[]
  contributionsByBatch: Map<string, Contribution[]>
  activeParticipantsByCohort: Map<string, string[]>
  /** Lines that already have allocation entries (a redelivered event allocates nothing). */
  allocatedLineIds: Set<string>
}

/**
 * The allocation entries of a captured order, for the lines not yet allocated.
 * One allocation per order: at its first capture (source = that capture's id,
 * time = its time), on the whole net revenue of each line. The rule is the one
 * in effect when the order was placed. Throws when a line has no rule at all.
 */
export function planAllocation(sale: OrderSale, ctx: AllocationContext): EntryInput[] {
  const capture = sale.captures[0]
  if (!capture) return []
  const entries: EntryInput[] = []
  for (const line of sharedLines(sale)) {
    if (ctx.allocatedLineIds.has(line.id)) continue
    const cohortId = line.cohort_id!
    const rule = resolveRule(ctx.rules, { cohort_id: cohortId, sales_channel_id: sale.sales_channel_id, at: sale.created_at })
    if (!rule) throw new Error(`No revenue-share rule applies to cohort ${cohortId} on channel ${sale.sales_channel_id} at ${sale.created_at.toISOString()}`)
    const draws = ctx.draws.filter((d) => d.line_item_id === line.id)
    const drawn = draws.reduce((a, d) => a + d.quantity, 0)
    const parts = allocateLine({
      net_revenue: line.net_revenue!,
      cohort_id: cohortId,
      sales_channel_id: sale.sales_channel_id,
      buckets: rule.buckets,
      sources: draws.map((d) => ({ units: d.quantity, contributions: ctx.contributionsByBatch.get(d.batch_id) ?? [] })),
      undrawn_units: Math.max(0, line.quantity - drawn),
      active_participant_ids: ctx.activeParticipantsByCohort.get(cohortId) ?? [],
    })
    for (const p of parts) {
      entries.push({
        order_id: sale.id,
        line_item_id: line.id,
        cohort_id: cohortId,
        sales_channel_id: sale.sales_channel_id,
        rule_id: rule.id,
        rule_version: rule.version,
        ...p,
        kind: "allocation",
        source_id: capture.id,
        occurred_at: capture.created_at,
      })
    }
  }
  return entries
}

export const cancelSourceId = (orderId: string) => `cancel:${orderId}`
const keyOf = (e: Pick<EntryInput, "line_item_id" | "bucket" | "party_id">) => `${e.line_item_id}|${e.bucket}|${e.party_id}`

/**
 * The reversal entries an order still needs: one set per refund not yet
 * reversed, in the order the refunds happened (refunded share of the captured
 * amount, cumulatively, so the refund that completes it takes back exactly
 * what is left), then, for a canceled order, everything still left.
 */
export function planReversals(sale: OrderSale, existing: EntryInput[], now: Date): EntryInput[] {
  const allocations = existing.filter((e) => e.kind === "allocation")
  if (!allocations.length) return []
  const left = new Map<string, number>()
  for (const e of existing) left.set(keyOf(e), (left.get(keyOf(e)) ?? 0) + e.amount)
  const allocated = allocations.reduce((a, e) => a + e.amount, 0)
  let reversed = -existing.filter((e) => e.kind === "reversal").reduce((a, e) => a + e.amount, 0)
  const done = new Set(existing.filter((e) => e.kind === "reversal").map((e) => e.source_id))
  const captured = sale.captures.reduce((a, c) => a + c.amount, 0)
  const out: EntryInput[] = []

  const reverse = (amount: number, source_id: string, occurred_at: Date) => {
    const spread = spreadReversal(
      amount,
      allocations.map((e) => ({ key: e, left: left.get(keyOf(e)) ?? 0 }))
    )
    for (const { key: a, amount: part } of spread) {
      left.set(keyOf(a), left.get(keyOf(a))! - part)
      out.push({
        order_id: a.order_id,
        line_item_id: a.line_item_id,
        cohort_id: a.cohort_id,
        sales_channel_id: a.sales_channel_id,
        rule_id: a.rule_id,
        rule_version: a.rule_version,
        bucket: a.bucket,
        party_type: a.party_type,
        party_id: a.party_id,
        amount: -part,
        kind: "reversal",
        source_id,
        occurred_at,
      })
    }
    reversed += amount
  }

  let refundedBefore = 0
  for (const refund of sale.refunds) {
    if (!done.has(refund.id)) {
      const amount = refundReversalAmount({ allocated, reversed_before: reversed, captured, refunded_before: refundedBefore, refund: refund.amount })
      if (amount > 0) reverse(amount, refund.id, refund.created_at)
    }
    refundedBefore += refund.amount
  }
  if (sale.status === "canceled" && !done.has(cancelSourceId(sale.id))) {
    const rest = [...left.values()].reduce((a, v) => a + v, 0)
    if (rest > 0) reverse(rest, cancelSourceId(sale.id), sale.canceled_at ?? now)
  }
  return out
}

/**
 * Everything an order's ledger still needs, from one read of the order and one
 * of its ledger entries: allocations for lines not yet allocated, then the
 * reversals the order's refunds and cancellation call for, planned against
 * the entries that exist plus the allocations written with them (so a late
 * allocation catches up with refunds that came before it).
 */
export function planOrderEntries(sale: OrderSale, existing: EntryInput[], sources: Omit<AllocationContext, "allocatedLineIds">, now: Date) {
  const allocatedLineIds = new Set(existing.filter((e) => e.kind === "allocation").map((e) => e.line_item_id))
  const allocations = planAllocation(sale, { ...sources, allocatedLineIds })
  return { allocations, reversals: planReversals(sale, [...existing, ...allocations], now) }
}
