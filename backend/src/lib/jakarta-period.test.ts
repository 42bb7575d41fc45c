import { describe, expect, it } from "vitest"
import { dayRangePeriod, monthPeriod } from "./period"

describe("payout periods (Asia/Jakarta)", () => {
  it("a month runs from its first midnight in Jakarta to the next month's", () => {
    const p = monthPeriod("2026-11")
    expect(p.from.toISOString()).toBe("2026-10-31T17:00:00.000Z")
    expect(p.to.toISOString()).toBe("2026-11-30T17:00:00.000Z")
    expect(p.label).toBe("2026-11")
  })

  it("December ends at the next year's January", () => {
    expect(monthPeriod("2026-12").to.toISOString()).toBe("2026-12-31T17:00:00.000Z")
  })

  it("a day range includes both days", () => {
    const p = dayRangePeriod("2026-11-01", "2026-11-15")
    expect(p.from.toISOString()).toBe("2026-10-31T17:00:00.000Z")
    expect(p.to.toISOString()).toBe("2026-11-15T17:00:00.000Z")
    expect(p.label).toBe("2026-11-01 s.d. 2026-11-15")
  })

  it("refuses reversed ranges, impossible days and months", () => {
    expect(() => dayRangePeriod("2026-11-15", "2026-11-01")).toThrow()
    expect(() => dayRangePeriod("2026-02-30", "2026-03-01")).toThrow()
    expect(() => monthPeriod("2026-13")).toThrow()
  })
})
