import { describe, expect, it } from "vitest"
import { remainingTime } from "./remaining-time"

const now = Date.parse("2026-12-03T07:00:00Z")

describe("remainingTime", () => {
  it("counts a QR's fifteen minutes down in minutes and seconds", () => {
    expect(remainingTime("2026-12-03T07:15:00Z", now)).toBe("15:00")
    expect(remainingTime("2026-12-03T07:00:09.900Z", now)).toBe("0:09")
  })

  it("shows hours for a virtual account's day", () => {
    expect(remainingTime("2026-12-04T07:00:00Z", now)).toBe("24:00:00")
    expect(remainingTime("2026-12-03T08:01:05Z", now)).toBe("1:01:05")
  })

  it("stops at zero once the deadline has passed", () => {
    expect(remainingTime("2026-12-03T06:59:00Z", now)).toBe("0:00")
  })
})
