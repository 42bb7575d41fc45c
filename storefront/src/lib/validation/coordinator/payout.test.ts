import { describe, expect, it } from "vitest"
import { parseMarkPaidForm } from "./payout"

const form = (values: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(values)) f.set(k, v)
  return f
}

describe("the mark-paid form", () => {
  it("takes a reference and a day up to today", () => {
    expect(parseMarkPaidForm(form({ reference: " TRF-01 ", paid_at: "2026-11-23" }), "2026-11-23")).toEqual({
      ok: true,
      data: { reference: "TRF-01", paid_at: "2026-11-23" },
    })
  })

  it("refuses a short reference, a bad date and a day after today, field by field", () => {
    const parsed = parseMarkPaidForm(form({ reference: "x", paid_at: "2026-11-24" }), "2026-11-23")
    expect(parsed).toEqual(expect.objectContaining({ ok: false, errors: { reference: "reference", paid_at: "paidFuture" } }))
    const bad = parseMarkPaidForm(form({ reference: "TRF-01", paid_at: "23/11/2026" }), "2026-11-23")
    expect(bad).toEqual(expect.objectContaining({ ok: false, errors: { paid_at: "date" } }))
  })
})
