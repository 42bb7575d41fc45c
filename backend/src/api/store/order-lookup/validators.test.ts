import { zodValidator } from "@medusajs/framework"
import { describe, expect, it } from "vitest"
import { StoreOrderLookup } from "./validators"

// zodValidator is what validateAndTransformBody runs: its messages are what the shopper gets in the 400.
const messageFor = (body: unknown) =>
  zodValidator(StoreOrderLookup, body).then(
    () => "accepted",
    (error: Error) => error.message
  )

describe("StoreOrderLookup", () => {
  it("accepts a number or a typed number, with or without #", async () => {
    expect(await zodValidator(StoreOrderLookup, { order_number: 12, email: " a@b.test " })).toEqual({ order_number: 12, email: "a@b.test" })
    expect((await zodValidator(StoreOrderLookup, { order_number: " #12 ", email: "a@b.test" })).order_number).toBe(12)
  })

  it("refuses what is not an order number, with a message in Indonesian", async () => {
    for (const order_number of [0, -3, 1.5, "abc", "", "12abc", null, true]) {
      expect(await messageFor({ order_number, email: "a@b.test" }), String(order_number)).toMatch(/nomor pesanan/i)
    }
  })

  it("names a missing field", async () => {
    expect(await messageFor({ order_number: 1 })).toMatch(/email/)
    expect(await messageFor({ email: "a@b.test" })).toMatch(/Isi nomor pesanan/)
  })

  it("refuses a malformed email and unknown fields", async () => {
    expect(await messageFor({ order_number: 1, email: "budi" })).toMatch(/Email tidak valid/)
    expect(await messageFor({ order_number: 1, email: "a@b.test", id: "order_1" })).not.toBe("accepted")
  })
})
