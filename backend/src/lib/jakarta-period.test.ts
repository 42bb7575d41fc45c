import { describe, expect, it } from "vitest"
import { dayRangePeriod, monthPeriod, occurredBetween, periodBound } from "./jakarta-period"

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

describe("earnings and ledger periods", () => {
  it("a day is its Jakarta midnight; `to` as a day takes in that whole day", () => {
    expect(periodBound("from").parse(" 2026-11-01 ").toISOString()).toBe("2026-10-31T17:00:00.000Z")
    expect(periodBound("to").parse("2026-11-30").toISOString()).toBe("2026-11-30T17:00:00.000Z")
    expect(periodBound("to").parse("2026-11-30T10:00:00Z").toISOString()).toBe("2026-11-30T10:00:00.000Z")
  })

  it("refuses what is not a day or a time, naming the edge", () => {
    const bad = periodBound("to").safeParse("30/11/2026")
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toBe("to tidak valid: tulis tanggal seperti 2026-11-01.")
  })

  it("filters occurred_at half-open, or not at all", () => {
    const from = new Date("2026-10-31T17:00:00Z")
    const to = new Date("2026-11-30T17:00:00Z")
    expect(occurredBetween(from, to)).toEqual({ $gte: from, $lt: to })
    expect(occurredBetween(undefined, to)).toEqual({ $lt: to })
    expect(occurredBetween()).toBeUndefined()
  })
})
