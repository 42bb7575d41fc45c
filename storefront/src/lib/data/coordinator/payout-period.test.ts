import { describe, expect, it } from "vitest"
import { monthDays, monthOrCurrent, shiftMonth } from "./payout-period"

describe("payout periods in the portal", () => {
  it("take this month in Jakarta, not UTC", () => {
    expect(monthOrCurrent(undefined, new Date("2026-11-30T18:00:00Z"))).toBe("2026-12")
  })

  it("keep a valid month and ignore anything else", () => {
    expect(monthOrCurrent("2026-02", new Date("2026-11-23T00:00:00Z"))).toBe("2026-02")
    expect(monthOrCurrent("2026-13", new Date("2026-11-23T00:00:00Z"))).toBe("2026-11")
  })

  it("span a month's first to last day, leap years included", () => {
    expect(monthDays("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" })
    expect(monthDays("2026-11")).toEqual({ from: "2026-11-01", to: "2026-11-30" })
  })

  it("step across years", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01")
    expect(shiftMonth("2026-01", -1)).toBe("2025-12")
  })
})
