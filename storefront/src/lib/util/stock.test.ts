import { describe, expect, it } from "vitest"
import { LOW_STOCK_THRESHOLD, stockState } from "./stock"

const tracked = (inventoryQuantity: number | null) => ({ manageInventory: true, allowBackorder: false, inventoryQuantity })

describe("stockState", () => {
  it("is in stock above the low-stock threshold", () => {
    expect(stockState(tracked(LOW_STOCK_THRESHOLD + 1))).toEqual({ kind: "in_stock" })
    expect(stockState(tracked(120))).toEqual({ kind: "in_stock" })
  })

  it("counts down the last few units, the threshold included", () => {
    expect(stockState(tracked(5))).toEqual({ kind: "low", quantity: 5 })
    expect(stockState(tracked(1))).toEqual({ kind: "low", quantity: 1 })
  })

  it("is out of stock at zero or below (reservations can overshoot)", () => {
    expect(stockState(tracked(0))).toEqual({ kind: "out_of_stock" })
    expect(stockState(tracked(-2))).toEqual({ kind: "out_of_stock" })
  })

  it("is always available when stock isn't tracked or backorders are allowed", () => {
    expect(stockState({ manageInventory: false, allowBackorder: false, inventoryQuantity: 0 })).toEqual({ kind: "in_stock" })
    expect(stockState({ manageInventory: true, allowBackorder: true, inventoryQuantity: 0 })).toEqual({ kind: "in_stock" })
  })

  it("doesn't turn shoppers away when the quantity is unknown", () => {
    expect(stockState(tracked(null))).toEqual({ kind: "in_stock" })
  })
})
