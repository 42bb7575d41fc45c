import { describe, expect, it } from "vitest"
import { presetRange, quarterOf, quartersBetween } from "./impact-period"

describe("impact period presets", () => {
  it("gives a quarter's first and last day", () => {
    expect(quarterOf(2026, 3)).toMatchObject({ value: "2026-Q3", from: "2026-07-01", to: "2026-09-30" })
    expect(quarterOf(2024, 1).to).toBe("2024-03-31")
    expect(quarterOf(2026, 4).to).toBe("2026-12-31")
  })

  it("lists the quarters from the programme's start to today, newest first, across a year end", () => {
    expect(quartersBetween("2025-11-15", "2026-05-02").map((q) => q.value)).toEqual(["2026-Q2", "2026-Q1", "2025-Q4"])
    expect(quartersBetween("2026-12-01", "2026-12-03").map((q) => q.value)).toEqual(["2026-Q4"])
  })

  it("turns presets into days; the current quarter ends today, January's last month is December", () => {
    expect(presetRange("2026-Q3", "2026-12-03")).toEqual({ from: "2026-07-01", to: "2026-09-30" })
    expect(presetRange("2026-Q4", "2026-12-03")).toEqual({ from: "2026-10-01", to: "2026-12-03" })
    expect(presetRange("last_month", "2027-01-10")).toEqual({ from: "2026-12-01", to: "2026-12-31" })
    expect(presetRange("this_month", "2028-02-10")).toEqual({ from: "2028-02-01", to: "2028-02-29" })
    expect(presetRange("all", "2026-12-03")).toEqual({})
  })
})
