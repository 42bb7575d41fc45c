import { describe, expect, it } from "vitest"
import { compactRupiah, formatCount, formatMonth, percentOf } from "./impact-format"

describe("formatMonth", () => {
  it("names the month in the reader's language", () => {
    expect(formatMonth("2026-08", "id")).toBe("Agu 2026")
    expect(formatMonth("2026-08", "en")).toBe("Aug 2026")
  })
  it("keeps the first and last month of a year in that year", () => {
    expect(formatMonth("2026-01", "en")).toBe("Jan 2026")
    expect(formatMonth("2026-12", "id")).toBe("Des 2026")
  })
  it("returns what it cannot read as given", () => {
    expect(formatMonth("later", "en")).toBe("later")
  })
})

describe("compactRupiah", () => {
  it("shortens millions the Indonesian and the English way", () => {
    expect(compactRupiah(12_345_000, "id")).toBe("Rp 12,3\u00a0jt")
    expect(compactRupiah(12_345_000, "en")).toBe("Rp 12.3M")
  })
  it("keeps small amounts whole", () => {
    expect(compactRupiah(950, "id")).toBe("Rp 950")
  })
})

describe("percentOf", () => {
  it("rounds to a whole percent", () => {
    expect(percentOf(7, 12)).toBe(58)
  })
  it("has no percent of a suppressed or empty group", () => {
    expect(percentOf(null, 12)).toBeNull()
    expect(percentOf(3, null)).toBeNull()
    expect(percentOf(0, 0)).toBeNull()
  })
})

describe("formatCount", () => {
  it("groups thousands per language", () => {
    expect(formatCount(1234, "id")).toBe("1.234")
    expect(formatCount(1234, "en")).toBe("1,234")
  })
})
