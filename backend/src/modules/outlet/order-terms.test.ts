import { describe, expect, it } from "vitest"
import { problemsOf } from "../http/refusal"
import { describeOutletOrderProblem, invoiceDueDate, outletOrderProblems, outletOrderRefusal } from "./order-rules"

const terms = { minimum_order_value: 500_000, case_packs: [{ product_id: "prod_keripik", units: 20 }] }

describe("outletOrderProblems", () => {
  it("accepts whole cartons over the minimum", () => {
    expect(outletOrderProblems([{ product_id: "prod_keripik", title: "Keripik Pisang", quantity: 40, unit_price: 15_000 }], terms)).toEqual([])
  })

  it("names the product and its carton size when a line breaks a carton", () => {
    const problems = outletOrderProblems([{ product_id: "prod_keripik", title: "Keripik Pisang", quantity: 50, unit_price: 15_000 }], terms)
    expect(problems).toEqual([{ code: "case_pack", product_id: "prod_keripik", product_title: "Keripik Pisang", units: 20, quantity: 50 }])
    expect(problems.map(describeOutletOrderProblem)).toEqual(["Keripik Pisang dijual per karton isi 20"])
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
    expect(problems.map(describeOutletOrderProblem)).toEqual(["Pesanan minimum Rp 500.000; kurang Rp 120.000"])
  })

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

describe("invoiceDueDate", () => {
  it("counts the terms from the order date in WIB", () => {
    // 20:00 UTC is already the next day in Palembang.
    expect(invoiceDueDate(new Date("2026-11-23T20:00:00Z"), 14)).toBe("2026-12-08")
    expect(invoiceDueDate(new Date("2026-11-23T10:00:00Z"), 30)).toBe("2026-12-23")
  })
})
