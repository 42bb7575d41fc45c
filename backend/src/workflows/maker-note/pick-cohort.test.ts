import { describe, expect, it } from "vitest"
import { pickNoteCohort } from "./pick-cohort"

const pisang = { id: "coh_pisang", name: "Pisang" }
const tempe = { id: "coh_tempe", name: "Tempe" }
const problem = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return (error as { problems?: { code: string }[] }).problems?.[0]
  }
  throw new Error("expected a refusal")
}

describe("pickNoteCohort", () => {
  it("takes the only cohort of an order, however many of its lines", () => {
    expect(pickNoteCohort([pisang, pisang])).toBe("coh_pisang")
    expect(pickNoteCohort([pisang], "coh_pisang")).toBe("coh_pisang")
  })
  it("needs a named cohort when the order spans several, and one of them", () => {
    expect(problem(() => pickNoteCohort([pisang, tempe]))).toMatchObject({ code: "note_cohort_required", cohorts: ["coh_pisang", "coh_tempe"] })
    expect(pickNoteCohort([pisang, tempe], "coh_tempe")).toBe("coh_tempe")
    expect(problem(() => pickNoteCohort([pisang, tempe], "coh_lain"))).toMatchObject({ code: "note_cohort_not_in_order" })
  })
  it("refuses an order no cohort made", () => {
    expect(problem(() => pickNoteCohort([]))).toMatchObject({ code: "note_no_cohort" })
  })
})
