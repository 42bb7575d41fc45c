import { describe, expect, it } from "vitest"
import { parseTrainingForm } from "./training"

const today = "2026-12-03"

function form(fields: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v)
  return data
}

const valid = {
  kind: "training",
  skill_line: "olahan_tempe",
  title: "Tempe higienis",
  held_on: "2026-11-20",
  place: "Lapas Perempuan Palembang",
  trainer_org: "Dinas Kesehatan Kota Palembang",
  hours: "2,5",
  participant_codes: ["KB-LPP-0002", "KB-LPP-0001", "KB-LPP-0002"],
}

describe("parseTrainingForm", () => {
  it("reads a decimal comma and drops a code picked twice", () => {
    const parsed = parseTrainingForm(form(valid), { today })
    expect(parsed).toEqual({ ok: true, data: expect.objectContaining({ hours: 2.5, participant_codes: ["KB-LPP-0002", "KB-LPP-0001"], held_on: "2026-11-20" }) })
  })

  it("refuses a training without attendees, with a future date, or of no length", () => {
    const parsed = parseTrainingForm(form({ ...valid, participant_codes: [], held_on: "2026-12-04", hours: "0" }), { today })
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors).toEqual({ participant_codes: "attendeesRequired", held_on: "trainingFuture", hours: "trainingHours" })
    expect(parsed.values.title).toBe("Tempe higienis")
  })

  it("accepts today and refuses more than two weeks of hours or an unknown skill line", () => {
    expect(parseTrainingForm(form({ ...valid, held_on: today }), { today }).ok).toBe(true)
    const parsed = parseTrainingForm(form({ ...valid, hours: "337", skill_line: "batik" }), { today })
    expect(parsed.ok ? {} : parsed.errors).toEqual({ hours: "trainingHours", skill_line: "choice" })
  })

  it("asks for the title, place and trainer", () => {
    const parsed = parseTrainingForm(form({ ...valid, title: " ", place: "", trainer_org: "" }), { today })
    expect(parsed.ok ? {} : parsed.errors).toEqual({ title: "required", place: "required", trainer_org: "required" })
  })
})
