import { describe, expect, it } from "vitest"
import { calendarDay, dayOrTimeInstant, isAfterToday, isDay, isDayOrTime, isMonth, jakartaDay, jakartaMidnight, jakartaMonth, wibDayStart } from "./jakarta-time"

describe("Jakarta calendar days (WIB, UTC+7)", () => {
  it("a day starts at 17:00 UTC the day before", () => {
    expect(wibDayStart("2026-11-01").toISOString()).toBe("2026-10-31T17:00:00.000Z")
    expect(jakartaMidnight(2026, 11, 1).toISOString()).toBe("2026-10-31T17:00:00.000Z")
    // Day 31 of November runs over into December, as period ends need.
    expect(jakartaMidnight(2026, 11, 31).toISOString()).toBe("2026-11-30T17:00:00.000Z")
    expect(jakartaMidnight(2026, 13, 1).toISOString()).toBe("2026-12-31T17:00:00.000Z")
  })

  it("a capture late on 30 November UTC is already December in Jakarta", () => {
    expect(jakartaDay("2026-11-30T18:00:00Z")).toBe("2026-12-01")
    expect(jakartaMonth("2026-11-30T16:59:59Z")).toBe("2026-11")
  })

  it("refuses impossible days and months", () => {
    expect(isDay("2026-02-30")).toBe(false)
    expect(isDay("2026-02-28")).toBe(true)
    expect(isMonth("2026-13")).toBe(false)
    expect(isMonth("2026-1")).toBe(false)
  })

  it("reads a request's day as its Jakarta midnight and a full time as given", () => {
    expect(isDayOrTime("2026-11-01")).toBe(true)
    expect(isDayOrTime("2026-11-01T08:30:00Z")).toBe(true)
    expect(isDayOrTime("01/11/2026")).toBe(false)
    expect(isDayOrTime("2026-11-01Tlater")).toBe(false)
    expect(dayOrTimeInstant("2026-11-01").toISOString()).toBe("2026-10-31T17:00:00.000Z")
    expect(dayOrTimeInstant("2026-11-01T08:30:00Z").toISOString()).toBe("2026-11-01T08:30:00.000Z")
  })
})

// A batch's production date may be today but not after it (the batch form sends a bare day).
describe("isAfterToday", () => {
  // 00:30 on 24 November in Palembang is still 23 November in UTC.
  const justAfterMidnightWib = new Date("2026-11-23T17:30:00Z")

  it("accepts today's batch in the first hours of the Jakarta day", () => {
    expect(isAfterToday("2026-11-24", justAfterMidnightWib)).toBe(false)
    expect(isAfterToday("2026-11-23", justAfterMidnightWib)).toBe(false)
  })

  it("refuses tomorrow in Palembang", () => {
    expect(isAfterToday("2026-11-25", justAfterMidnightWib)).toBe(true)
    expect(isAfterToday("2026-11-24", new Date("2026-11-23T16:59:00Z"))).toBe(true)
  })

  it("reads a full timestamp as its Jakarta day", () => {
    expect(calendarDay("2026-11-23T18:00:00Z")).toBe("2026-11-24")
    expect(calendarDay(new Date("2026-11-24T00:00:00Z"))).toBe("2026-11-24")
  })
})
