import { describe, expect, it } from "vitest"
import { occurredBetween, periodBound } from "./period"

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
