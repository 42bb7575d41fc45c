import { describe, expect, it } from "vitest"
import { MAX_LINE_QUANTITY, checkQuantity, lineLimit, parseQuantity } from "./cart-limits"

const tracked = (inventoryQuantity: number | null) => ({ manageInventory: true, allowBackorder: false, inventoryQuantity })

describe("lineLimit", () => {
  it("is the sellable stock of a tracked variant", () => {
    expect(lineLimit(tracked(4))).toBe(4)
    expect(lineLimit(tracked(0))).toBe(0)
    expect(lineLimit(tracked(-2))).toBe(0)
  })

  it("is the per-line cap when stock is untracked, backorderable, unknown or larger", () => {
    expect(lineLimit({ ...tracked(3), manageInventory: false })).toBe(MAX_LINE_QUANTITY)
    expect(lineLimit({ ...tracked(3), allowBackorder: true })).toBe(MAX_LINE_QUANTITY)
    expect(lineLimit(tracked(null))).toBe(MAX_LINE_QUANTITY)
    expect(lineLimit(tracked(500))).toBe(MAX_LINE_QUANTITY)
  })
})

describe("checkQuantity", () => {
  it("accepts up to the stock and refuses one more, saying how many are left", () => {
    expect(checkQuantity(2, tracked(2))).toEqual({ ok: true })
    expect(checkQuantity(3, tracked(2))).toEqual({ ok: false, reason: "exceeds_stock", available: 2 })
  })

  it("names the per-line cap, with the stock, when the stock is larger than the cap", () => {
    expect(checkQuantity(100000, tracked(150))).toEqual({ ok: false, reason: "exceeds_line_cap", max: MAX_LINE_QUANTITY, available: 150 })
    expect(checkQuantity(100000, { ...tracked(3), manageInventory: false })).toEqual({ ok: false, reason: "exceeds_line_cap", max: MAX_LINE_QUANTITY, available: null })
    expect(checkQuantity(100000, tracked(7))).toEqual({ ok: false, reason: "exceeds_stock", available: 7 })
  })

  it("says sold out when nothing is left", () => {
    expect(checkQuantity(1, tracked(0))).toEqual({ ok: false, reason: "out_of_stock" })
  })

  it("refuses zero, negative and fractional quantities", () => {
    for (const wanted of [0, -1, 1.5, Number.NaN]) expect(checkQuantity(wanted, tracked(10))).toEqual({ ok: false, reason: "invalid" })
  })
})

describe("parseQuantity", () => {
  it("reads whole numbers and nothing else", () => {
    expect(parseQuantity(" 3 ")).toBe(3)
    // Huge quantities are numbers, so the shopper hears how many are left, not "at least 1".
    expect(parseQuantity("100000")).toBe(100000)
    expect(parseQuantity("999999")).toBe(999999)
    expect(parseQuantity("2.5")).toBeNaN()
    expect(parseQuantity("-1")).toBeNaN()
    expect(parseQuantity("")).toBeNaN()
    expect(parseQuantity(null)).toBeNaN()
  })
})
