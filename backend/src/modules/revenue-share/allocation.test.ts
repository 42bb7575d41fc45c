import { describe, expect, it } from "vitest"
import { allocateLine, participantWeights, type LineToAllocate } from "./allocation"

const BUCKETS = [
  { code: "participants" as const, basis_points: 5000 },
  { code: "material_fund" as const, basis_points: 2000 },
  { code: "facility" as const, basis_points: 1500 },
  { code: "platform" as const, basis_points: 1500 },
]
const line = (over: Partial<LineToAllocate> = {}): LineToAllocate => ({
  net_revenue: 50_000,
  cohort_id: "coh_1",
  sales_channel_id: "sc_1",
  buckets: BUCKETS,
  sources: [],
  undrawn_units: 0,
  active_participant_ids: [],
  ...over,
})

describe("allocateLine", () => {
  it("splits by buckets and pays participants by units made in the batch drawn", () => {
    const parts = allocateLine(
      line({ sources: [{ units: 2, contributions: [{ participant_id: "p_a", units: 30 }, { participant_id: "p_b", units: 10 }] }] })
    )
    expect(parts).toEqual([
      { bucket: "participants", party_type: "participant", party_id: "p_a", amount: 18_750 },
      { bucket: "participants", party_type: "participant", party_id: "p_b", amount: 6_250 },
      { bucket: "material_fund", party_type: "cohort", party_id: "coh_1", amount: 10_000 },
      { bucket: "facility", party_type: "facility", party_id: "coh_1", amount: 7_500 },
      { bucket: "platform", party_type: "platform", party_id: "platform", amount: 7_500 },
    ])
  })

  it("weights batches by units drawn and falls back to hours", () => {
    // 3 units from a batch made by A alone, 1 unit from a batch where A worked 1 h and B 3 h.
    const w = participantWeights({
      sources: [
        { units: 3, contributions: [{ participant_id: "p_a", units: 5 }] },
        { units: 1, contributions: [{ participant_id: "p_a", hours: 1 }, { participant_id: "p_b", hours: 3 }] },
      ],
      undrawn_units: 0,
      active_participant_ids: [],
    })
    // A: 3 + 1/4, B: 3/4 → 13 : 3.
    const total = [...w.values()].reduce((a, b) => a + b, 0n)
    expect(Number((w.get("p_a")! * 16n) / total)).toBe(13)
    expect(Number((w.get("p_b")! * 16n) / total)).toBe(3)
  })

  it("shares a line without batch records equally among active participants", () => {
    const parts = allocateLine(line({ net_revenue: 10_001, undrawn_units: 1, active_participant_ids: ["p_c", "p_a", "p_b"] }))
    const people = parts.filter((p) => p.bucket === "participants").map((p) => [p.party_id, p.amount])
    // The bucket gets 5,001 (largest remainder), split 1,667 each.
    expect(people).toEqual([["p_a", 1667], ["p_b", 1667], ["p_c", 1667]])
    expect(parts.reduce((a, p) => a + p.amount, 0)).toBe(10_001)
  })

  it("puts the participants' bucket into the material fund when nobody can be paid", () => {
    const parts = allocateLine(line())
    expect(parts.find((p) => p.bucket === "material_fund")).toEqual({ bucket: "material_fund", party_type: "cohort", party_id: "coh_1", amount: 35_000 })
    expect(parts.some((p) => p.bucket === "participants")).toBe(false)
  })

  it("pays the outlet bucket to the sales channel", () => {
    const parts = allocateLine(line({ buckets: [{ code: "outlet", basis_points: 2500 }, { code: "platform", basis_points: 7500 }] }))
    expect(parts).toEqual([
      { bucket: "outlet", party_type: "outlet", party_id: "sc_1", amount: 12_500 },
      { bucket: "platform", party_type: "platform", party_id: "platform", amount: 37_500 },
    ])
  })
})
