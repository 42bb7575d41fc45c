import { describe, expect, it } from "vitest"
import { formatters } from "./i18n"

describe("admin formatters", () => {
  it("write money as Indonesian rupiah in every Admin language, never 'Rp 35,000 IDR'", () => {
    expect(formatters("id").money(35000)).toBe("Rp 35.000")
    expect(formatters("en").money(35000)).toBe("Rp 35.000")
    expect(formatters("en").money(1234567.4)).toBe("Rp 1.234.567")
  })

  it("keep the Admin language for plain numbers and days", () => {
    expect(formatters("en").number(10000)).toBe("10,000")
    expect(formatters("id").number(10000)).toBe("10.000")
    expect(formatters("en").day("2031-06-01T05:00:00Z")).toBe("June 1, 2031")
  })
})
