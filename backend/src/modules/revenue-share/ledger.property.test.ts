import fc from "fast-check"
import { describe, it } from "vitest"
import type { BucketCode, Contribution } from "./allocation"
import type { OrderSale } from "./order-sale"
import { planAllocation, planReversals, type EntryInput, type LineDraw, type RuleWithBuckets } from "./plan"
import { verifyLedger } from "./verify-ledger"

const CODES: BucketCode[] = ["participants", "material_fund", "facility", "outlet", "platform"]
const COHORTS = ["coh_a", "coh_b", "coh_c"]
const PEOPLE = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"]
const PLACED = new Date("2026-11-20T03:00:00Z")

/** Basis points over 1–5 buckets that sum to exactly 10,000 (cut points on 0..10,000). */
const buckets = fc
  .tuple(fc.shuffledSubarray(CODES, { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }))
  .map(([codes, cuts]) => {
    const points = [0, ...cuts.slice(0, codes.length - 1).sort((a, b) => a - b), 10_000]
    return codes.map((code, i) => ({ code, basis_points: points[i + 1] - points[i] }))
  })

const contribution = fc.record({
  participant_id: fc.constantFrom(...PEOPLE),
  units: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
  hours: fc.option(fc.double({ min: 0.25, max: 80, noNaN: true }), { nil: null }),
})

/** A line: price × quantity less a discount, from one of three cohorts, drawn from batches with several makers. */
const line = fc.record({
  unit_price: fc.integer({ min: 1_000, max: 2_000_000 }),
  quantity: fc.integer({ min: 1, max: 12 }),
  discount_pct: fc.integer({ min: 0, max: 100 }),
  cohort_id: fc.constantFrom(...COHORTS),
  draws: fc.array(fc.record({ units: fc.integer({ min: 1, max: 4 }), contributions: fc.array(contribution, { maxLength: 4 }) }), { maxLength: 3 }),
})

/** An order (1–4 lines, shipping), the rules (a default and maybe cohort ones), refunds and maybe a cancellation. */
const scenario = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 4 }),
  shipping: fc.constantFrom(0, 15_000, 20_000),
  default_rule: buckets,
  cohort_rules: fc.array(fc.tuple(fc.constantFrom(...COHORTS), buckets), { maxLength: 3 }),
  active: fc.dictionary(fc.constantFrom(...COHORTS), fc.subarray(PEOPLE, { maxLength: 5 })),
  refund_cuts: fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 4 }),
  ending: fc.constantFrom("partial", "refund_rest", "cancel"),
})

/** Plain checks: vitest's expect is too slow for 10,000 runs; fast-check reports the shrunk scenario. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what)
}

function netByKey(entries: EntryInput[]): Map<string, number> {
  const net = new Map<string, number>()
  for (const e of entries) net.set(`${e.line_item_id}|${e.bucket}|${e.party_id}`, (net.get(`${e.line_item_id}|${e.bucket}|${e.party_id}`) ?? 0) + e.amount)
  return net
}

describe("allocation and reversal plans (property, 10,000 orders)", () => {
  it("parts sum to each line, nobody goes below zero, a full refund or a cancellation nets to zero, ledger:verify agrees", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const rules: RuleWithBuckets[] = [
          { id: "rule_default", version: 1, cohort_id: null, sales_channel_id: null, effective_from: "2026-01-01", buckets: s.default_rule },
          ...s.cohort_rules.map(([cohort, b], i) => ({ id: `rule_${i}`, version: 1, cohort_id: cohort, sales_channel_id: null, effective_from: `2026-0${i + 2}-01`, buckets: b })),
        ]
        const draws: LineDraw[] = []
        const contributionsByBatch = new Map<string, Contribution[]>()
        const lines = s.lines.map((l, i) => {
          l.draws.forEach((d, j) => {
            draws.push({ line_item_id: `line_${i}`, batch_id: `batch_${i}_${j}`, quantity: d.units })
            contributionsByBatch.set(`batch_${i}_${j}`, d.contributions)
          })
          const net = Math.floor((l.unit_price * l.quantity * (100 - l.discount_pct)) / 100)
          return { id: `line_${i}`, title: `Baris ${i}`, product_id: `prod_${i}`, variant_id: `var_${i}`, quantity: l.quantity, net_revenue: net, cohort_id: l.cohort_id }
        })
        const captured = lines.reduce((a, l) => a + l.net_revenue, 0) + s.shipping
        const sale: OrderSale = {
          id: "order_1",
          display_id: 1,
          status: "completed",
          created_at: PLACED,
          canceled_at: null,
          sales_channel_id: "sc_web",
          lines,
          captures: [{ id: "capt_1", amount: captured, created_at: PLACED }],
          refunds: [],
        }
        const ctx = { rules, draws, contributionsByBatch, activeParticipantsByCohort: new Map(Object.entries(s.active)), allocatedLineIds: new Set<string>() }

        const entries = planAllocation(sale, ctx)
        for (const l of lines) {
          const mine = entries.filter((e) => e.line_item_id === l.id)
          check(mine.reduce((a, e) => a + e.amount, 0) === l.net_revenue, "a line's parts sum to its net revenue")
          check(mine.every((e) => Number.isInteger(e.amount) && e.amount > 0), "whole positive parts")
        }
        // Allocating again plans nothing for lines already allocated.
        check(planAllocation(sale, { ...ctx, allocatedLineIds: new Set(entries.map((e) => e.line_item_id)) }).length === 0, "no second allocation")
        check(verifyLedger([sale], entries).length === 0, "verify passes after allocation")

        // Refunds one by one, as payment.refunded delivers them (each planned twice: the second plans nothing).
        const refunds = s.refund_cuts.map((c) => Math.max(1, Math.floor((captured * c) / 4000)))
        if (s.ending === "refund_rest") refunds.push(Math.max(1, captured - refunds.reduce((a, b) => a + b, 0)))
        refunds.forEach((amount, i) => {
          sale.refunds.push({ id: `ref_${i}`, amount, created_at: new Date(PLACED.getTime() + (i + 1) * 60_000) })
          entries.push(...planReversals(sale, entries, PLACED))
          check(planReversals(sale, entries, PLACED).length === 0, "a refund is reversed once")
          for (const left of netByKey(entries).values()) check(left >= 0, "nobody below zero")
        })
        if (s.ending === "cancel") {
          sale.status = "canceled"
          sale.canceled_at = new Date(PLACED.getTime() + 3_600_000)
          entries.push(...planReversals(sale, entries, PLACED))
        }
        const refunded = sale.refunds.reduce((a, r) => a + r.amount, 0)
        if (sale.status === "canceled" || refunded >= captured) {
          for (const left of netByKey(entries).values()) check(left === 0, "settled orders net to zero for every bucket and party")
        }
        check(verifyLedger([sale], entries).length === 0, "verify passes at the end")
      }),
      { numRuns: 10_000 }
    )
  }, 120_000)
})
