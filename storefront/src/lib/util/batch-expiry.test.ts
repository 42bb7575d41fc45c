import { describe, expect, it } from "vitest"
import { expiryStatus } from "./batch-expiry"

describe("expiryStatus", () => {
  it("warns for food expiring within 30 days, the expiry day included", () => {
    expect(expiryStatus("2026-12-23", "2026-11-23")).toEqual({ status: "soon", daysLeft: 30 })
    expect(expiryStatus("2026-11-23", "2026-11-23")).toEqual({ status: "soon", daysLeft: 0 })
  })
  it("is fine beyond 30 days and expired the day after", () => {
    expect(expiryStatus("2026-12-24", "2026-11-23")).toEqual({ status: "ok", daysLeft: 31 })
    expect(expiryStatus("2026-11-22", "2026-11-23")).toEqual({ status: "expired", daysLeft: -1 })
  })
  it("reads timestamps by their date and has nothing to say without one", () => {
    expect(expiryStatus("2026-11-30T00:00:00.000Z", "2026-11-23")?.daysLeft).toBe(7)
    expect(expiryStatus(null, "2026-11-23")).toBeNull()
    expect(expiryStatus("not a date", "2026-11-23")).toBeNull()
  })
})
