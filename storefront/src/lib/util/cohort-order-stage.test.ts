import { describe, expect, it } from "vitest"
import { cohortOrderStage } from "./cohort-order-stage"

const line = (quantity: number, shipped: number) => ({ id: "li", title: "Keripik", variantTitle: null, quantity, packed: shipped, shipped, batches: [] })

describe("cohortOrderStage", () => {
  it("keeps an unpaid order out of the orders to pack", () => {
    expect(cohortOrderStage({ awaitingPayment: true, lines: [line(2, 0)] })).toBe("awaiting_payment")
  })

  it("lists a paid order with units left to ship as open, and one shipped in full as done", () => {
    expect(cohortOrderStage({ awaitingPayment: false, lines: [line(2, 0), line(1, 1)] })).toBe("open")
    expect(cohortOrderStage({ awaitingPayment: false, lines: [line(2, 2)] })).toBe("done")
  })
})
