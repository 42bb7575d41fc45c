import { describe, expect, it } from "vitest"
import { problemsOf } from "../../lib/refusal"
import { outletOrderProblems } from "../../modules/outlet/order-terms"
import { describeOutletOrderProblem, outletOrderRefusal } from "./order-refusal"

// The problems come from the outlet module's rule (modules/outlet/order-terms.test.ts); these tests word them.
const terms = { minimum_order_value: 500_000, case_packs: [{ product_id: "prod_keripik", units: 20 }] }

describe("describeOutletOrderProblem", () => {
  it("names the product and its carton size when a line breaks a carton", () => {
    const problems = outletOrderProblems([{ product_id: "prod_keripik", title: "Keripik Pisang", quantity: 50, unit_price: 15_000 }], terms)
    expect(problems.map(describeOutletOrderProblem)).toEqual(["Keripik Pisang dijual per karton isi 20"])
  })

  it("says how much is missing to the minimum, in rupiah", () => {
    const problems = outletOrderProblems([{ product_id: "prod_tas", title: "Tas", quantity: 4, unit_price: 95_000 }], terms)
    expect(problems.map(describeOutletOrderProblem)).toEqual(["Pesanan minimum Rp 500.000; kurang Rp 120.000"])
  })
})

describe("outletOrderRefusal", () => {
  it("refuses with every problem: the message in Indonesian, the problems for the portal to word", () => {
    const problems = outletOrderProblems([{ product_id: "prod_keripik", title: "Keripik Pisang", quantity: 5, unit_price: 15_000 }], terms)
    const error = outletOrderRefusal(problems)
    expect(error.type).toBe("invalid_data")
    expect(error.message).toBe("Keripik Pisang dijual per karton isi 20. Pesanan minimum Rp 500.000; kurang Rp 425.000")
    expect(problemsOf(error)).toEqual([
      { code: "case_pack", product_id: "prod_keripik", product_title: "Keripik Pisang", units: 20, quantity: 5 },
      { code: "below_minimum", minimum: 500_000, short: 425_000 },
    ])
  })
})
