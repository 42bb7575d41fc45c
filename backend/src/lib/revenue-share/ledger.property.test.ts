import fc from "fast-check"
import { describe, it } from "vitest"
import { allocateLine, type BucketCode, type LineToAllocate } from "./allocation"
import { refundReversalAmount, spreadReversal } from "./reversal"

const CODES: BucketCode[] = ["participants", "material_fund", "facility", "outlet", "platform"]
const PEOPLE = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"]

/** Basis points over 2–5 buckets that sum to exactly 10,000 (cut points on 0..10,000). */
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

/** A line: price × quantity less a discount, from several cohorts, batches with several makers. */
const line = fc
  .record({
    unit_price: fc.integer({ min: 1_000, max: 2_000_000 }),
    quantity: fc.integer({ min: 1, max: 12 }),
    discount_pct: fc.integer({ min: 0, max: 100 }),
    cohort_id: fc.constantFrom("coh_a", "coh_b", "coh_c"),
    buckets,
    sources: fc.array(fc.record({ units: fc.integer({ min: 0, max: 6 }), contributions: fc.array(contribution, { maxLength: 4 }) }), { maxLength: 3 }),
    undrawn_units: fc.integer({ min: 0, max: 3 }),
    active_participant_ids: fc.subarray(PEOPLE, { maxLength: 5 }),
  })
  .map(
    (l): LineToAllocate => ({
      net_revenue: Math.floor((l.unit_price * l.quantity * (100 - l.discount_pct)) / 100),
      cohort_id: l.cohort_id,
      sales_channel_id: "sc_web",
      buckets: l.buckets,
      sources: l.sources,
      undrawn_units: l.undrawn_units,
      active_participant_ids: l.active_participant_ids,
    })
  )

/** An order: 1–4 lines, shipping, and refunds (fractions of what is captured) that may or may not add up to all of it. */
const order = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 4 }),
  shipping: fc.constantFrom(0, 15_000, 20_000),
  refund_cuts: fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 4 }),
  refund_all: fc.boolean(),
})

/** Plain checks: vitest's expect is too slow for 10,000 runs; fast-check reports the shrunk order. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what)
}

describe("allocation and reversal (property, 10,000 orders)", () => {
  it("parts sum to each line, reversals never go below zero and a full refund nets to zero", () => {
    fc.assert(
      fc.property(order, (o) => {
        // Allocate: every line's parts add up to its net revenue, none negative or zero.
        const balances = new Map<string, number>()
        o.lines.forEach((l, i) => {
          const parts = allocateLine(l)
          check(parts.reduce((a, p) => a + p.amount, 0) === l.net_revenue, "line parts sum to its net revenue")
          for (const p of parts) {
            check(Number.isInteger(p.amount) && p.amount > 0, "whole positive parts")
            const key = `${i}|${p.bucket}|${p.party_id}`
            check(!balances.has(key), "one part per line, bucket and party")
            balances.set(key, p.amount)
          }
        })
        const allocated = [...balances.values()].reduce((a, b) => a + b, 0)
        const captured = o.lines.reduce((a, l) => a + l.net_revenue, 0) + o.shipping

        // Refunds in the order they happen: partial ones, then maybe the rest.
        let refundedBefore = 0
        let reversedBefore = 0
        const refunds = o.refund_cuts.map((c) => Math.floor((captured * c) / 4000))
        if (o.refund_all) refunds.push(Math.max(0, captured - refunds.reduce((a, b) => a + b, 0)))
        for (const refund of refunds) {
          const amount = refundReversalAmount({ allocated, reversed_before: reversedBefore, captured, refunded_before: refundedBefore, refund })
          const spread = spreadReversal(
            amount,
            [...balances].map(([key, left]) => ({ key, left }))
          )
          check(spread.reduce((a, s) => a + s.amount, 0) === amount, "reversal spread sums to its amount")
          for (const s of spread) balances.set(s.key, balances.get(s.key)! - s.amount)
          refundedBefore += refund
          reversedBefore += amount
          // Nobody, participant or fund, ends below zero, and reversals never exceed allocations.
          for (const left of balances.values()) check(left >= 0, "no balance below zero")
          check(reversedBefore <= allocated, "reversals never exceed allocations")
        }
        if (refundedBefore >= captured) {
          for (const left of balances.values()) check(left === 0, "a full refund nets every entry to zero")
        } else {
          // A cancellation afterwards reverses exactly what is left.
          const rest = [...balances.values()].reduce((a, b) => a + b, 0)
          const spread = spreadReversal(rest, [...balances].map(([key, left]) => ({ key, left })))
          for (const s of spread) balances.set(s.key, balances.get(s.key)! - s.amount)
          for (const left of balances.values()) check(left === 0, "a cancellation nets every entry to zero")
        }
      }),
      { numRuns: 10_000 }
    )
  }, 60_000)
})
