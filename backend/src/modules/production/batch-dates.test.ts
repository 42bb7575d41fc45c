import { describe, expect, it } from "vitest"
import { batchDay, isProducedInFuture } from "./batch-dates"

describe("isProducedInFuture", () => {
  // 00:30 on 24 November in Palembang is still 23 November in UTC.
  const justAfterMidnightWib = new Date("2026-11-23T17:30:00Z")

  it("accepts today's batch in the first hours of the Jakarta day", () => {
    expect(isProducedInFuture("2026-11-24", justAfterMidnightWib)).toBe(false)
    expect(isProducedInFuture("2026-11-23", justAfterMidnightWib)).toBe(false)
  })

  it("refuses tomorrow in Palembang", () => {
    expect(isProducedInFuture("2026-11-25", justAfterMidnightWib)).toBe(true)
    expect(isProducedInFuture("2026-11-24", new Date("2026-11-23T16:59:00Z"))).toBe(true)
  })

  it("reads a full timestamp as its Jakarta day", () => {
    expect(batchDay("2026-11-23T18:00:00Z")).toBe("2026-11-24")
    expect(batchDay(new Date("2026-11-24T00:00:00Z"))).toBe("2026-11-24")
  })
})
