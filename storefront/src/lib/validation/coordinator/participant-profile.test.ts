import { describe, expect, it } from "vitest"
import { parseParticipantProfileForm } from "./participant-profile"

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

describe("parseParticipantProfileForm", () => {
  it("sends an unknown area and dates as null", () => {
    expect(parseParticipantProfileForm(form({ status: "klien", area: "", joined_on: "", left_on: "" }))).toEqual({
      ok: true,
      data: { status: "klien", area: null, joined_on: null, left_on: null },
    })
  })

  it("keeps a chosen area and dates", () => {
    const parsed = parseParticipantProfileForm(form({ status: "released", area: "banyuasin_i", joined_on: "2026-06-01", left_on: "2026-11-30" }))
    expect(parsed).toEqual({ ok: true, data: { status: "released", area: "banyuasin_i", joined_on: "2026-06-01", left_on: "2026-11-30" } })
  })

  it("refuses leaving before joining, and statuses it does not know", () => {
    const early = parseParticipantProfileForm(form({ status: "wbp", area: "", joined_on: "2026-06-01", left_on: "2026-05-31" }))
    expect(early.ok ? {} : early.errors).toEqual({ left_on: "leftBeforeJoined" })
    const unknown = parseParticipantProfileForm(form({ status: "free", area: "mars", joined_on: "1 Juni", left_on: "" }))
    expect(unknown.ok ? {} : unknown.errors).toEqual({ status: "choice", area: "choice", joined_on: "date" })
  })
})
