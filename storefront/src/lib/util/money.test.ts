import { describe, expect, it } from "vitest"
import { formatRupiah, priceRange } from "./money"

const NBSP = "\u00a0"

describe("formatRupiah", () => {
  it("writes whole rupiah with a dot for thousands and a no-break space", () => {
    expect(formatRupiah(25000)).toBe(`Rp${NBSP}25.000`)
    expect(formatRupiah(1250000)).toBe(`Rp${NBSP}1.250.000`)
  })

  it("never shows decimals", () => {
    expect(formatRupiah(9000)).toBe(`Rp${NBSP}9.000`)
    expect(formatRupiah(0)).toBe(`Rp${NBSP}0`)
  })
})

describe("priceRange", () => {
  it("spans the lowest and highest known price", () => {
    expect(priceRange([30000, 15000, null, 22000])).toEqual({ min: 15000, max: 30000 })
  })

  it("is null when no price is known", () => {
    expect(priceRange([null, undefined])).toBeNull()
    expect(priceRange([])).toBeNull()
  })
})
