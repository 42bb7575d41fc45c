import { describe, expect, it } from "vitest"
import { jakartaToday } from "./jakarta-time"

describe("today in Jakarta", () => {
  it("turns at 17:00 UTC, not at midnight UTC", () => {
    expect(jakartaToday(new Date("2026-11-23T18:00:00Z"))).toBe("2026-11-24")
    expect(jakartaToday(new Date("2026-11-23T16:59:00Z"))).toBe("2026-11-23")
    expect(jakartaToday(new Date("2026-11-30T18:00:00Z"))).toBe("2026-12-01")
  })
})
