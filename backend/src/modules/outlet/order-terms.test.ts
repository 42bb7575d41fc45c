import { describe, expect, it } from "vitest"
import { outletOrderProblems } from "./order-terms"

const terms = { minimum_order_value: 500_000, case_packs: [{ product_id: "prod_keripik", units: 20 }] }

describe("outletOrderProblems", () => {
  it("accepts whole cartons over the minimum", () => {
    expect(outletOrderProblems([{ product_id: "prod_keripik", title: "Keripik Pisang", quantity: 40, unit_price: 15_000 }], terms)).toEqual([])
  })

  it("names the product and its carton size when a line breaks a carton", () => {
    const problems = outletOrderProblems([{ product_id: "prod_keripik", title: "Keripik Pisang", quantity: 50, unit_price: 15_000 }], terms)
    expect(problems).toEqual([{ code: "case_pack", product_id: "prod_keripik", product_title: "Keripik Pisang", units: 20, quantity: 50 }])
  })

  it("adds up lines of one product before checking its cartons", () => {
    const lines = [
      { product_id: "prod_keripik", title: "Keripik Pisang", quantity: 10, unit_price: 15_000 },
      { product_id: "prod_keripik", title: "Keripik Pisang", quantity: 30, unit_price: 15_000 },
    ]
    expect(outletOrderProblems(lines, terms)).toEqual([])
  })

  it("says how much is missing to the minimum, in rupiah", () => {
    const problems = outletOrderProblems([{ product_id: "prod_tas", title: "Tas", quantity: 4, unit_price: 95_000 }], terms)
    expect(problems).toEqual([{ code: "below_minimum", minimum: 500_000, short: 120_000 }])
  })
})
