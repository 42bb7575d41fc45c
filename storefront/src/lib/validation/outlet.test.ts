import { describe, expect, it } from "vitest"
import { parseConsignmentReport, parseQuickOrder } from "./outlet"

function form(entries: Record<string, string>): FormData {
  const f = new FormData()
  for (const [k, v] of Object.entries(entries)) f.set(k, v)
  return f
}

describe("parseQuickOrder", () => {
  it("turns cartons into units and skips empty rows", () => {
    const parsed = parseQuickOrder(
      form({ "cartons.variant_a": "2", "units.variant_a": "10", "cartons.variant_b": "", "units.variant_b": "6", "cartons.variant_c": "0", po_number: " PO-7 ", delivery: "pickup" })
    )
    expect(parsed).toEqual({ ok: true, data: { items: [{ variant_id: "variant_a", quantity: 20 }], po_number: "PO-7", delivery: "pickup" } })
  })

  it("asks for a PO number and at least one carton", () => {
    expect(parseQuickOrder(form({ "cartons.variant_a": "", delivery: "delivery" }))).toEqual({ ok: false, errors: { po_number: "required", items: "emptyOrder" } })
  })

  it("refuses more units of a product than one order takes", () => {
    const parsed = parseQuickOrder(form({ "cartons.variant_a": "1000", "units.variant_a": "20", "cartons.variant_b": "500", "units.variant_b": "20", po_number: "PO-1" }))
    expect(parsed).toEqual({ ok: false, errors: { "cartons.variant_a": "tooManyUnits" } })
  })

  it("refuses part cartons and negative counts", () => {
    const parsed = parseQuickOrder(form({ "cartons.variant_a": "1.5", "cartons.variant_b": "-1", po_number: "PO-1" }))
    expect(parsed).toEqual({ ok: false, errors: { "cartons.variant_a": "cartons", "cartons.variant_b": "cartons" } })
  })
})

describe("parseConsignmentReport", () => {
  it("keeps the units sold per variant and the period", () => {
    const parsed = parseConsignmentReport(form({ period_start: "2026-11-01", period_end: "2026-11-15", "sold.variant_a": "7", "sold.variant_b": "" }))
    expect(parsed).toEqual({ ok: true, data: { period_start: "2026-11-01", period_end: "2026-11-15", lines: [{ variant_id: "variant_a", quantity: 7 }] } })
  })

  it("refuses a period that ends before it starts and an empty report", () => {
    expect(parseConsignmentReport(form({ period_start: "2026-11-15", period_end: "2026-11-01" }))).toEqual({
      ok: false,
      errors: { period_end: "periodOrder", lines: "emptyReport" },
    })
  })
})
