import { describe, expect, it } from "vitest"
import { impactPeriod } from "./impact-period"

describe("impactPeriod", () => {
  it("leaves missing ends to the backend's default", () => {
    expect(impactPeriod({})).toEqual({ ok: true, from: undefined, to: undefined })
    expect(impactPeriod({ from: "2026-09-01", to: "" })).toEqual({ ok: true, from: "2026-09-01", to: undefined })
  })
  it("keeps a quarter", () => {
    expect(impactPeriod({ from: "2026-09-01", to: "2026-11-30" })).toEqual({ ok: true, from: "2026-09-01", to: "2026-11-30" })
  })
  it("refuses a start after the end and a day it cannot read", () => {
    expect(impactPeriod({ from: "2026-12-01", to: "2026-11-30" })).toEqual({ ok: false })
    expect(impactPeriod({ from: "1/9/2026" })).toEqual({ ok: false })
  })
})
