import { describe, expect, it } from "vitest"
import { invoiceDueDate } from "./invoice-due-date"

describe("invoiceDueDate", () => {
  it("counts the terms from the order date in WIB", () => {
    // 20:00 UTC is already the next day in Palembang.
    expect(invoiceDueDate(new Date("2026-11-23T20:00:00Z"), 14)).toBe("2026-12-08")
    expect(invoiceDueDate(new Date("2026-11-23T10:00:00Z"), 30)).toBe("2026-12-23")
  })
})
