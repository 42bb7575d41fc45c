import { describe, expect, it } from "vitest"
import { REPORT_WRITE_MS, verifyReports, type ReportRecord } from "./verify-reports"

const now = new Date("2026-11-23T10:00:00Z")
const old = new Date(now.getTime() - REPORT_WRITE_MS - 1)
const report = (r: Partial<ReportRecord>): ReportRecord => ({ id: "ocrep_1", outlet_id: "out_1", created_at: old, order_id: "order_1", sale: { status: "pending", captured: true }, ...r })

describe("verifyReports", () => {
  it("passes a report whose sale exists and is paid", () => {
    expect(verifyReports([report({})], now)).toEqual([])
  })

  it("names a report a crash left half-written: no order, a missing order, an unpaid or a canceled sale", () => {
    const problems = verifyReports(
      [
        report({ id: "a", order_id: null, sale: null }),
        report({ id: "b", sale: null }),
        report({ id: "c", sale: { status: "pending", captured: false } }),
        report({ id: "d", sale: { status: "canceled", captured: true } }),
      ],
      now
    )
    expect(problems.map((p) => [p.report_id, p.problem])).toEqual([
      ["a", "interrupted: no sale order was linked to it"],
      ["b", "interrupted: its sale order order_1 does not exist"],
      ["c", "interrupted: its sale order order_1 was never paid (no captured payment)"],
      ["d", "its sale order order_1 is canceled"],
    ])
  })

  it("leaves a report alone while it may still be being written", () => {
    expect(verifyReports([report({ order_id: null, sale: null, created_at: new Date(now.getTime() - 1000) })], now)).toEqual([])
  })
})
