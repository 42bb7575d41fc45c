import { describe, expect, it } from "vitest"
import { StoreOrderLookup } from "./validators"

describe("StoreOrderLookup", () => {
  it("accepts a number or a typed number, with or without #", () => {
    expect(StoreOrderLookup.parse({ order_number: 12, email: " a@b.test " })).toEqual({ order_number: 12, email: "a@b.test" })
    expect(StoreOrderLookup.parse({ order_number: " #12 ", email: "a@b.test" }).order_number).toBe(12)
  })

  it("refuses what is not an order number, with a message in Indonesian", () => {
    for (const order_number of [0, -3, 1.5, "abc", "", null]) {
      const result = StoreOrderLookup.safeParse({ order_number, email: "a@b.test" })
      expect(result.success, String(order_number)).toBe(false)
      expect(result.error?.issues[0].message).toMatch(/nomor pesanan/i)
    }
  })

  it("refuses a malformed email and unknown fields", () => {
    expect(StoreOrderLookup.safeParse({ order_number: 1, email: "budi" }).error?.issues[0].message).toMatch(/Email tidak valid/)
    expect(StoreOrderLookup.safeParse({ order_number: 1, email: "a@b.test", id: "order_1" }).success).toBe(false)
  })
})
