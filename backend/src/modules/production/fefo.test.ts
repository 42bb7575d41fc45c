import { describe, expect, it } from "vitest"
import { allocateFefo, expiredWithStock, isExpiringSoon, type FefoBatch } from "./fefo"

const now = new Date("2026-11-23T10:00:00Z")
const batch = (id: string, remaining: number, expiry: string | null, produced = "2026-10-01", extra: Partial<FefoBatch> = {}): FefoBatch => ({
  id,
  remaining_quantity: remaining,
  expiry_date: expiry,
  production_date: produced,
  ...extra,
})

describe("allocateFefo", () => {
  it("draws from the batch that expires first, then the next", () => {
    const batches = [batch("late", 10, "2027-03-01"), batch("early", 3, "2027-01-01")]
    expect(allocateFefo(batches, 5, now)).toEqual({
      draws: [
        { batch_id: "early", quantity: 3 },
        { batch_id: "late", quantity: 2 },
      ],
      shortfall: 0,
    })
  })

  it("skips expired, written-off and empty batches", () => {
    const batches = [
      batch("expired", 10, "2026-11-01"),
      batch("written-off", 10, "2027-01-01", "2026-10-01", { expired_at: "2026-11-20" }),
      batch("empty", 0, "2026-12-01"),
      batch("good", 4, "2027-02-01"),
    ]
    expect(allocateFefo(batches, 2, now)).toEqual({ draws: [{ batch_id: "good", quantity: 2 }], shortfall: 0 })
  })

  it("puts undated batches (crafts) after dated ones, oldest production first", () => {
    const batches = [batch("new", 5, null, "2026-11-01"), batch("old", 1, null, "2026-09-01"), batch("dated", 1, "2027-05-01")]
    expect(allocateFefo(batches, 3, now).draws.map((d) => d.batch_id)).toEqual(["dated", "old", "new"])
  })

  it("reports what the batches can't supply instead of inventing units", () => {
    expect(allocateFefo([batch("only", 2, "2027-01-01")], 5, now)).toEqual({
      draws: [{ batch_id: "only", quantity: 2 }],
      shortfall: 3,
    })
    expect(allocateFefo([], 1, now)).toEqual({ draws: [], shortfall: 1 })
    expect(allocateFefo([batch("only", 2, "2027-01-01")], Number.NaN, now)).toEqual({ draws: [], shortfall: 0 })
  })

  it("orders ties by id so two workers would pick the same batches", () => {
    const batches = [batch("b", 1, "2027-01-01"), batch("a", 1, "2027-01-01")]
    expect(allocateFefo(batches, 1, now).draws).toEqual([{ batch_id: "a", quantity: 1 }])
  })
})

describe("expiry", () => {
  it("finds batches past expiry that still hold units, once", () => {
    const batches = [
      batch("past", 3, "2026-11-22"),
      batch("past-empty", 0, "2026-11-22"),
      batch("done", 3, "2026-11-22", "2026-10-01", { expired_at: "2026-11-23" }),
      batch("future", 3, "2026-12-22"),
      batch("craft", 3, null),
    ]
    expect(expiredWithStock(batches, now).map((b) => b.id)).toEqual(["past"])
  })

  it("warns for food expiring within 30 days", () => {
    expect(isExpiringSoon(batch("soon", 1, "2026-12-10"), now)).toBe(true)
    expect(isExpiringSoon(batch("later", 1, "2027-02-10"), now)).toBe(false)
    expect(isExpiringSoon(batch("craft", 1, null), now)).toBe(false)
    expect(isExpiringSoon(batch("gone", 1, "2026-11-01"), now)).toBe(false)
  })
})
