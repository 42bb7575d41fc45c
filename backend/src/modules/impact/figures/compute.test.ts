import { describe, expect, it } from "vitest"
import { computeFigures } from "./compute"
import { jakartaDate } from "./dates"
import { median, suppressedGroups } from "./suppression"
import type { Channel, ImpactFacts, LedgerFact } from "./types"

/**
 * A small programme written out by hand: two cohorts, eleven participants,
 * six order lines (one before, one after the period, one refunded in full,
 * one in part), one paid payout, two trainings in the period and one before,
 * three inputs. Every expected number below is worked out in the comments,
 * not by the code under test.
 */
const A = "coh_A" // Lapas Merah, Plaju, pisang
const B = "coh_B" // Bapas Palembang, Banyuasin I, tali meiwa
const a = [1, 2, 3, 4, 5, 6].map((i) => `ptcp_a${i}`)
const b = [1, 2, 3, 4, 5].map((i) => `ptcp_b${i}`)

function line(id: string, cohort: string, channel: Channel, on: string, kind: "allocation" | "reversal", parts: [string, string, number][]): LedgerFact[] {
  return parts.map(([bucket, party, amount]) => ({
    order_id: `order_${id}`,
    line_item_id: id,
    cohort_id: cohort,
    channel,
    bucket,
    party_type: bucket === "participants" ? "participant" : bucket === "material_fund" ? "cohort" : bucket,
    party_id: party,
    amount,
    kind,
    on,
  }))
}
const P = (party: string, amount: number): [string, string, number] => ["participants", party, amount]
const M = (cohort: string, amount: number): [string, string, number] => ["material_fund", cohort, amount]
const X = (bucket: string, amount: number): [string, string, number] => [bucket, bucket, amount]

const facts: ImpactFacts = {
  cohorts: [
    { id: A, name: "Dapur Pisang Merah", facility_name: "Lapas Merah", area: "plaju", craft_line: "pisang" },
    { id: B, name: "Tali Meiwa Bapas", facility_name: "Bapas Palembang", area: "banyuasin_i", craft_line: "tali_meiwa" },
  ],
  participants: [
    ...a.map((id) => ({ id, cohort_id: A, status: "wbp" as const, area: null })),
    ...b.map((id) => ({ id, cohort_id: B, status: "klien" as const, area: null })),
  ],
  ledger: [
    // Aug: b4 earns 5 000 (material 1 000)
    ...line("L00", B, "online", "2026-08-20", "allocation", [P(b[3], 5000), M(B, 1000)]),
    // Sep: b1 b2 b3 earn 7 000 each, material 3 000 (line 24 000)
    ...line("L0", B, "online", "2026-09-15", "allocation", [P(b[0], 7000), P(b[1], 7000), P(b[2], 7000), M(B, 3000)]),
    // Oct 5: A online, qty 2: a1..a6 10 000 each, material 20 000, platform 20 000 (line 100 000)
    ...line("L1", A, "online", "2026-10-05", "allocation", [...a.map((p) => P(p, 10000)), M(A, 20000), X("platform", 20000)]),
    // Oct 10: B outlet, qty 3: b1 30 000, b2 20 000, b3 10 000, material 15 000, outlet 15 000, platform 10 000 (line 100 000)
    ...line("L2", B, "outlet", "2026-10-10", "allocation", [P(b[0], 30000), P(b[1], 20000), P(b[2], 10000), M(B, 15000), X("outlet", 15000), X("platform", 10000)]),
    // Nov 3: A consignment, qty 1: a1 a2 5 000 each, platform 10 000 (line 20 000), refunded in full Nov 20
    ...line("L3", A, "consignment", "2026-11-03", "allocation", [P(a[0], 5000), P(a[1], 5000), X("platform", 10000)]),
    ...line("L3", A, "consignment", "2026-11-20", "reversal", [P(a[0], -5000), P(a[1], -5000), X("platform", -10000)]),
    // Nov 12: B online, qty 4: b1..b5 8 000 each, material 10 000 (line 50 000); partial refund Nov 25: b1 −4 000, material −1 000
    ...line("L4", B, "online", "2026-11-12", "allocation", [...b.map((p) => P(p, 8000)), M(B, 10000)]),
    ...line("L4", B, "online", "2026-11-25", "reversal", [P(b[0], -4000), M(B, -1000)]),
    // Dec 2: after the period
    ...line("L5", B, "online", "2026-12-02", "allocation", [P(b[3], 9000), M(B, 1000)]),
  ],
  // a1..a6's L1 shares paid on Nov 15
  paid: a.map((p) => ({ party_type: "participant", party_id: p, cohort_id: A, channel: "online" as const, amount: 10000, on: "2026-11-15" })),
  lines: [
    { line_item_id: "L00", quantity: 1 },
    { line_item_id: "L0", quantity: 1 },
    { line_item_id: "L1", quantity: 2 },
    { line_item_id: "L2", quantity: 3 },
    { line_item_id: "L3", quantity: 1 },
    { line_item_id: "L4", quantity: 4 },
    { line_item_id: "L5", quantity: 1 },
  ],
  trainings: [
    { cohort_id: A, kind: "training", skill_line: "olahan_pisang", held_on: "2026-10-02", hours: 4, participant_ids: a.slice(0, 5) },
    { cohort_id: B, kind: "study_visit", skill_line: "business", held_on: "2026-11-05", hours: 3, participant_ids: b.slice(0, 3) },
    { cohort_id: A, kind: "training", skill_line: "food_safety", held_on: "2026-09-01", hours: 10, participant_ids: a },
  ],
  inputs: [
    { month: "2026-10", kind: "training_cost", amount: 1_000_000 },
    { month: "2026-11", kind: "equipment", amount: 500_000 },
    { month: "2026-09", kind: "other", amount: 99 },
  ],
  notes_approved: 2,
}
const period = { from: "2026-10-01", to: "2026-11-30" }

describe("computeFigures", () => {
  const f = computeFigures(facts, period)

  it("headline: income, sales, units, fund, trainings, inputs", () => {
    // Period nets: a1..a6 10 000 each (a1 a2's L3 shares came back) = 60 000;
    // b1 30 000 + 8 000 − 4 000 = 34 000, b2 28 000, b3 18 000, b4 8 000, b5 8 000 = 96 000.
    expect(f.headline.participants_earned).toBe(11)
    expect(f.headline.allocated_total).toBe(156000)
    // sorted: 8k 8k 10k×6 18k 28k 34k → 6th of 11 = 10 000
    expect(f.headline.median_income_per_earner).toBe(10000)
    expect(f.headline.paid_total).toBe(60000)
    // L1 100 000 + L2 100 000 + L3 0 + L4 45 000
    expect(f.headline.sales_total).toBe(245000)
    // 2 + 3 + (1 − 1) + 4
    expect(f.headline.units).toBe(9)
    // Up to Nov 30: 1 000 + 3 000 + 20 000 + 15 000 + 10 000 − 1 000
    expect(f.headline.material_fund_balance).toBe(48000)
    expect(f.headline.participants_trained).toBe(8)
    expect(f.headline.training_hours).toBe(7)
    expect(f.headline.person_training_hours).toBe(29)
    expect(f.headline.trainings).toBe(1)
    expect(f.headline.study_visits).toBe(1)
    expect(f.headline.programme_input_total).toBe(1_500_000)
    // 156 000 / 1 500 000
    expect(f.headline.income_per_rupiah_input).toBe(0.104)
    expect(f.headline.notes_approved).toBe(2)
    expect(f.headline.suppressed).toBe(false)
  })

  it("kemandirian: klien who earned in at least 3 of Jun–Nov", () => {
    // b1 b2 b3: Sep, Oct, Nov; b4: Aug, Nov (Dec is after); b5: Nov
    expect(f.headline.kemandirian).toEqual({
      klien: 5,
      earned_3_of_6: 3,
      suppressed: false,
      window: { from: "2026-06-01", to: "2026-11-30" },
    })
  })

  it("month by month", () => {
    expect(f.monthly.map((m) => m.month)).toEqual(["2026-10", "2026-11"])
    // Oct: a1..a6 10 000 (60 000), b1 30 000, b2 20 000, b3 10 000 → 9 earners, 120 000, median 10 000
    expect(f.monthly[0]).toEqual({
      month: "2026-10", allocated: 120000, paid: 0, sales: 200000, units: 5, participants_earned: 9,
      median_income: 10000, training_hours: 4, inputs: 1_000_000, suppressed: false,
    })
    // Nov: a1 a2 net 0; b1 4 000, b2..b5 8 000 → 5 earners, 36 000, median 8 000
    expect(f.monthly[1]).toEqual({
      month: "2026-11", allocated: 36000, paid: 60000, sales: 45000, units: 4, participants_earned: 5,
      median_income: 8000, training_hours: 3, inputs: 500_000, suppressed: false,
    })
  })

  it("breakdowns by channel, area and cohort", () => {
    expect(f.by_channel).toEqual([
      { channel: "online", sales: 145000, units: 6 },
      { channel: "outlet", sales: 100000, units: 3 },
      { channel: "consignment", sales: 0, units: 0 },
    ])
    expect(f.by_area).toEqual([
      { area: "plaju", participants_earned: 6, allocated: 60000, sales: 100000, units: 2, suppressed: false },
      { area: "banyuasin_i", participants_earned: 5, allocated: 96000, sales: 145000, units: 7, suppressed: false },
      { area: "other", participants_earned: 0, allocated: 0, sales: 0, units: 0, suppressed: false },
    ])
    // a1..a6 are WBP (60 000 as above), b1..b5 klien (96 000), nobody released.
    expect(f.by_status).toEqual([
      { status: "wbp", participants_earned: 6, allocated: 60000, suppressed: false },
      { status: "klien", participants_earned: 5, allocated: 96000, suppressed: false },
      { status: "released", participants_earned: 0, allocated: 0, suppressed: false },
    ])
    expect(f.by_cohort).toEqual([
      { cohort_id: A, name: "Dapur Pisang Merah", sales: 100000, units: 2, allocated: 60000, participants_earned: 6, suppressed: false },
      { cohort_id: B, name: "Tali Meiwa Bapas", sales: 145000, units: 7, allocated: 96000, participants_earned: 5, suppressed: false },
    ])
    expect(f.suppressed_groups).toBe(0)
  })

  it("never carries a participant id", () => {
    const text = JSON.stringify(f)
    for (const id of [...a, ...b]) expect(text).not.toContain(id)
  })

  it("suppresses the rupiah of fewer than five earners (outlet only: b1 b2 b3)", () => {
    const o = computeFigures(facts, { ...period, channel: "outlet" })
    expect(o.headline.participants_earned).toBe(3)
    expect(o.headline.allocated_total).toBeNull()
    expect(o.headline.median_income_per_earner).toBeNull()
    expect(o.headline.income_per_rupiah_input).toBeNull()
    expect(o.headline.suppressed).toBe(true)
    expect(o.headline.sales_total).toBe(100000)
    expect(o.monthly[0]).toMatchObject({ allocated: null, median_income: null, participants_earned: 3, suppressed: true })
    expect(o.monthly[1]).toMatchObject({ allocated: 0, participants_earned: 0, suppressed: false })
    expect(o.by_area[1]).toMatchObject({ area: "banyuasin_i", participants_earned: 3, allocated: null, suppressed: true })
    expect(o.by_cohort[1]).toMatchObject({ cohort_id: B, allocated: null, suppressed: true, sales: 100000 })
    expect(o.by_status[1]).toMatchObject({ status: "klien", participants_earned: 3, allocated: null, suppressed: true })
    // headline, October, cohort B, Banyuasin I, klien
    expect(o.suppressed_groups).toBe(5)
  })

  it("filters by area, cohort and skill line", () => {
    const plaju = computeFigures(facts, { ...period, area: "plaju" })
    expect(plaju.headline).toMatchObject({ participants_earned: 6, allocated_total: 60000, sales_total: 100000, units: 2, participants_trained: 5, training_hours: 4 })
    expect(plaju.headline.kemandirian).toMatchObject({ klien: 0, earned_3_of_6: 0, suppressed: false })
    const tali = computeFigures(facts, { ...period, skill_line: "tali_meiwa" })
    expect(tali.headline).toMatchObject({ participants_earned: 5, allocated_total: 96000, sales_total: 145000, trainings: 0, study_visits: 0 })
    const cohortA = computeFigures(facts, { ...period, cohort_id: A, to: "2026-10-31" })
    expect(cohortA.headline).toMatchObject({ participants_earned: 6, allocated_total: 60000, paid_total: 0, material_fund_balance: 20000 })
  })

  it("suppresses kemandirian for fewer than five klien", () => {
    const few = computeFigures({ ...facts, participants: facts.participants.filter((p) => p.id !== b[4]) }, period)
    expect(few.headline.kemandirian).toMatchObject({ klien: 4, earned_3_of_6: null, suppressed: true })
  })
})

describe("suppression helpers", () => {
  it("median of whole rupiah", () => {
    expect(median([3000, 1000, 2000])).toBe(2000)
    expect(median([1000, 2001])).toBe(1501)
    expect(median([])).toBeNull()
  })
  it("a lone small group takes the next smallest with it", () => {
    expect(suppressedGroups([6, 3, 0, 8])).toEqual([true, true, false, false])
    expect(suppressedGroups([6, 3, 2])).toEqual([false, true, true])
    expect(suppressedGroups([5, 0])).toEqual([false, false])
  })
  it("Jakarta dates", () => {
    expect(jakartaDate("2026-10-31T17:30:00Z")).toBe("2026-11-01")
    expect(jakartaDate("2026-10-31T16:59:00Z")).toBe("2026-10-31")
  })
})
