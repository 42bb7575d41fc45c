import { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import { calendarDay, calendarDayOrTime, optionalPagination, pagination, text } from "./input-schemas"

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? "" : result.error!.issues.map((i) => i.message).join("; ")

describe("input building blocks", () => {
  it("text refuses NUL and other control characters, keeps tabs and line breaks", () => {
    expect(message(text().safeParse("Keripik\u0000pisang"))).toMatch(/karakter kontrol/)
    expect(text().safeParse("a\u001bb").success).toBe(false)
    expect(text().safeParse("a\u007fb").success).toBe(false)
    expect(text().safeParse("Baris satu\nbaris dua\tdan tab\r\n").success).toBe(true)
    expect(text().trim().min(3).safeParse("  Tempe  ")).toEqual({ success: true, data: "Tempe" })
  })

  it("calendarDay takes only days on the calendar", () => {
    for (const bad of ["2026-13-45", "0000-00-00", "9999-99-99", "2026-02-30", "0001-01-01", "2026-1-5", "2026-11-23T00:00:00Z"]) {
      expect(message(calendarDay("tanggal").safeParse(bad)), bad).toMatch(/tanggal tidak valid/)
    }
    expect(calendarDay("tanggal").safeParse("2024-02-29").success).toBe(true)
    expect(calendarDay("tanggal").safeParse(" 2026-11-23 ")).toEqual({ success: true, data: "2026-11-23" })
  })

  it("calendarDayOrTime takes a day or a time on a real day", () => {
    expect(calendarDayOrTime("tanggal").safeParse("2026-11-23T08:00:00+07:00").success).toBe(true)
    expect(calendarDayOrTime("tanggal").safeParse("2026-02-30T08:00:00Z").success).toBe(false)
    expect(calendarDayOrTime("tanggal").safeParse("9999-99-99").success).toBe(false)
  })

  it("pagination refuses negative, fractional and non-numeric values and applies defaults", () => {
    const Query = z.object(pagination({ limit: 20, max: 100 })).strict()
    expect(Query.parse({})).toEqual({ limit: 20, offset: 0 })
    expect(Query.parse({ limit: "5", offset: "10" })).toEqual({ limit: 5, offset: 10 })
    expect(message(Query.safeParse({ offset: "-1" }))).toMatch(/offset harus bilangan bulat 0/)
    expect(message(Query.safeParse({ limit: "-1" }))).toMatch(/limit harus bilangan bulat 1/)
    expect(Query.safeParse({ limit: "1.5" }).success).toBe(false)
    expect(Query.safeParse({ limit: "101" }).success).toBe(false)
    expect(Query.safeParse({ limit: "NaN" }).success).toBe(false)
    expect(Query.safeParse({ limit: ["1", "2"] }).success).toBe(false)
    expect(Query.safeParse({ offset: { $gt: "1" } }).success).toBe(false)
    expect(z.object(optionalPagination({ max: 10 })).parse({})).toEqual({})
  })
})
