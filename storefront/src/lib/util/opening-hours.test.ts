import { describe, expect, it } from "vitest"
import { formatOpeningHours } from "./opening-hours"

describe("formatOpeningHours", () => {
  const hours = [
    { days: [1, 2, 3, 4, 5, 6], opens: "08:00", closes: "17:00" },
    { days: [7], opens: "09:00", closes: "14:00" },
  ]

  it("words days and times the Indonesian way", () => {
    expect(formatOpeningHours(hours, "id")).toEqual(["Senin–Sabtu 08.00–17.00", "Minggu 09.00–14.00"])
  })

  it("words them in English", () => {
    expect(formatOpeningHours(hours, "en")).toEqual(["Monday–Saturday 08:00–17:00", "Sunday 09:00–14:00"])
  })

  it("lists days that are not consecutive", () => {
    expect(formatOpeningHours([{ days: [3, 1], opens: "08:30", closes: "12:00" }], "en")).toEqual(["Monday, Wednesday 08:30–12:00"])
  })
})
