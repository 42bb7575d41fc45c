import { describe, expect, it } from "vitest"
import { bucketProblems, resolveRule } from "./rules"

const rule = (id: string, cohort_id: string | null, sales_channel_id: string | null, effective_from: string, version = 1) => ({
  id,
  cohort_id,
  sales_channel_id,
  effective_from,
  version,
})

describe("resolveRule", () => {
  const rules = [
    rule("default", null, null, "2026-01-01"),
    rule("channel", null, "sc_outlet", "2026-01-01"),
    rule("cohort-v1", "coh_1", null, "2026-01-01", 1),
    rule("cohort-v2", "coh_1", null, "2026-06-01", 2),
    rule("both", "coh_1", "sc_outlet", "2026-09-01"),
  ]
  const at = (d: string) => new Date(d)

  it("prefers cohort + channel, then cohort, then channel, then the default", () => {
    expect(resolveRule(rules, { cohort_id: "coh_1", sales_channel_id: "sc_outlet", at: at("2026-10-01") })?.id).toBe("both")
    expect(resolveRule(rules, { cohort_id: "coh_1", sales_channel_id: "sc_web", at: at("2026-10-01") })?.id).toBe("cohort-v2")
    expect(resolveRule(rules, { cohort_id: "coh_2", sales_channel_id: "sc_outlet", at: at("2026-10-01") })?.id).toBe("channel")
    expect(resolveRule(rules, { cohort_id: "coh_2", sales_channel_id: "sc_web", at: at("2026-10-01") })?.id).toBe("default")
  })

  it("takes the version in effect on the sale's date and skips scopes not yet in effect", () => {
    expect(resolveRule(rules, { cohort_id: "coh_1", sales_channel_id: "sc_web", at: at("2026-03-01") })?.id).toBe("cohort-v1")
    expect(resolveRule(rules, { cohort_id: "coh_1", sales_channel_id: "sc_outlet", at: at("2026-08-01") })?.id).toBe("cohort-v2")
    expect(resolveRule(rules, { cohort_id: "coh_1", sales_channel_id: "sc_web", at: at("2025-12-31") })).toBeUndefined()
  })
})

describe("bucketProblems", () => {
  it("accepts buckets summing to 10,000", () => {
    expect(bucketProblems([{ code: "participants", basis_points: 6000 }, { code: "platform", basis_points: 4000 }], { outletChannel: false })).toEqual([])
  })

  it("names a wrong sum, a repeated bucket and an outlet bucket off an outlet channel", () => {
    const problems = bucketProblems(
      [
        { code: "participants", basis_points: 6000 },
        { code: "participants", basis_points: 1000 },
        { code: "outlet", basis_points: 2000 },
      ],
      { outletChannel: false }
    )
    expect(problems).toEqual([
      expect.stringMatching(/muncul dua kali/),
      expect.stringMatching(/tepat 10\.000.*9\.000/),
      expect.stringMatching(/kanal penjualan outlet/),
    ])
    expect(bucketProblems([{ code: "outlet", basis_points: 10_000 }], { outletChannel: true })).toEqual([])
  })
})
