import { describe, expect, it } from "vitest"
import { lineNetRevenue } from "./order-sale"

describe("lineNetRevenue", () => {
  it("is the subtotal less discounts, whole rupiah", () => {
    expect(lineNetRevenue({ quantity: 3, subtotal: 36_000, discount_subtotal: 3_600, returned: 0 })).toBe(32_400)
  })

  it("scales Medusa's kept-units totals back to the whole line after a return", () => {
    // 3 ordered at 12.000 with 10% off, 1 returned: Medusa reports 2 units' worth.
    expect(lineNetRevenue({ quantity: 3, subtotal: 24_000, discount_subtotal: 2_400, returned: 1 })).toBe(32_400)
    expect(lineNetRevenue({ quantity: 3, subtotal: 0, discount_subtotal: 0, returned: 3 })).toBeNull()
  })
})
