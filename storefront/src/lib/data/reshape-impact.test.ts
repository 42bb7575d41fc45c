import { describe, expect, it } from "vitest"
import type { WireImpact } from "./impact-wire"
import { reshapeImpact, reshapeTraining } from "./reshape-impact"

const store: WireImpact = {
  period: { from: "2026-06-01", to: "2026-11-30" },
  headline: {
    participants_trained: 41,
    training_hours: 312,
    participants_earned: 37,
    allocated_total: 12_345_000,
    sales_total: 45_600_000,
    units: 1234,
    kemandirian: { klien: 12, earned_3_of_6: 7, suppressed: false },
    notes_approved: 9,
  },
  monthly: [
    { month: "2026-07", allocated: 2_000_000, sales: 8_000_000, participants_earned: 20 },
    { month: "2026-06", allocated: null, sales: 500_000, participants_earned: null },
  ],
  by_channel: [{ channel: "online", sales: 30_000_000, units: 800 }],
  by_area: [{ area: "banyuasin_i", participants_earned: null, allocated: null, suppressed: true }],
}

describe("reshapeImpact", () => {
  it("puts months in order and keeps suppressed values as null", () => {
    const impact = reshapeImpact(store)
    expect(impact.monthly).toEqual([
      { month: "2026-06", allocated: null, sales: 500_000, earners: null },
      { month: "2026-07", allocated: 2_000_000, sales: 8_000_000, earners: 20 },
    ])
    expect(impact.byArea).toEqual([{ area: "banyuasin_i", earners: null, allocated: null, suppressed: true }])
  })

  it("reads the store's headline and leaves the coordinator-only figures unknown", () => {
    const { headline, minGroup, empty } = reshapeImpact(store)
    expect(headline).toEqual(
      expect.objectContaining({ participantsTrained: 41, earners: 37, allocatedTotal: 12_345_000, notesApproved: 9, paidTotal: null, medianIncome: null })
    )
    expect(headline.kemandirian).toEqual({ klien: 12, earned3of6: 7, suppressed: false })
    expect(minGroup).toBe(5)
    expect(empty).toBe(false)
    expect(reshapeImpact(store).byStatus).toEqual([])
  })

  it("reads the coordinator's income by status, a small group's rupiah withheld", () => {
    const impact = reshapeImpact({
      ...store,
      by_status: [
        { status: "klien", participants_earned: 6, allocated: 900_000, suppressed: false },
        { status: "released", participants_earned: 2, allocated: null, suppressed: true },
      ],
    })
    expect(impact.byStatus).toEqual([
      { status: "klien", earners: 6, allocated: 900_000, suppressed: false },
      { status: "released", earners: 2, allocated: null, suppressed: true },
    ])
  })

  it("knows a period with nothing in it", () => {
    const none = reshapeImpact({
      ...store,
      headline: { ...store.headline, participants_trained: 0, training_hours: 0, sales_total: 0, notes_approved: undefined },
      method: { version: "2026-12", min_group: 6 },
    })
    expect(none.empty).toBe(true)
    expect(none.headline.notesApproved).toBe(0)
    expect(none.minGroup).toBe(6)
  })
})

describe("reshapeTraining", () => {
  it("sorts the attending codes and tolerates their absence", () => {
    const base = { id: "trn_1", cohort_id: "coh_1", kind: "training", skill_line: "olahan_tempe", title: "Tempe", held_on: "2026-09-02", place: "Lapas", trainer_org: "Dinkes", hours: 6, attendee_count: 2 } as const
    expect(reshapeTraining({ ...base, participant_codes: ["KB-B-0002", "KB-A-0001"] }).participantCodes).toEqual(["KB-A-0001", "KB-B-0002"])
    expect(reshapeTraining(base).participantCodes).toEqual([])
  })
})
