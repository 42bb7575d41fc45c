import { describe, expect, it } from "vitest"
import { computeFigures } from "./compute"
import type { ImpactFacts } from "./types"

// Two cohorts in different areas; four approved notes, one before the period.
const facts: ImpactFacts = {
  cohorts: [
    { id: "coh_A", name: "A", facility_name: "Lapas A", area: "plaju", craft_line: "pisang" },
    { id: "coh_B", name: "B", facility_name: "Bapas B", area: "banyuasin_i", craft_line: "tali_meiwa" },
  ],
  participants: [],
  ledger: [],
  paid: [],
  lines: [],
  trainings: [],
  inputs: [],
  notes_approved: 4,
  notes: [
    { cohort_id: "coh_A", channel: "online", on: "2026-09-30" },
    { cohort_id: "coh_A", channel: "online", on: "2026-10-01" },
    { cohort_id: "coh_A", channel: "outlet", on: "2026-11-30" },
    { cohort_id: "coh_B", channel: "online", on: "2026-10-15" },
  ],
}
const count = (filters: Record<string, string> = {}) =>
  computeFigures(facts, { from: "2026-10-01", to: "2026-11-30", ...filters }).headline.notes_approved

describe("notes_approved", () => {
  it("counts the notes approved in the period, both ends included", () => {
    expect(count()).toBe(3)
  })
  it("follows the cohort, facility, area, channel and skill-line filters", () => {
    expect(count({ cohort_id: "coh_A" })).toBe(2)
    expect(count({ facility: "Bapas B" })).toBe(1)
    expect(count({ area: "plaju" })).toBe(2)
    expect(count({ channel: "outlet" })).toBe(1)
    expect(count({ skill_line: "tali_meiwa" })).toBe(1)
  })
  it("takes the plain count when the notes are not listed", () => {
    const { notes: _notes, ...plain } = facts
    expect(computeFigures(plain, { from: "2026-10-01", to: "2026-11-30" }).headline.notes_approved).toBe(4)
  })
})
