import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it, vi } from "vitest"
import { cartCallError, quantityError } from "./cart-errors"

describe("quantityError", () => {
  it("names the product and what is left, counting what the cart already holds", () => {
    expect(quantityError({ ok: false, reason: "exceeds_stock", available: 2 }, "Topi (L)")).toEqual({
      key: "exceedsStock",
      values: { product: "Topi (L)", available: 2 },
    })
    expect(quantityError({ ok: false, reason: "exceeds_stock", available: 2 }, "Topi (L)", 2)).toEqual({
      key: "exceedsStockInCart",
      values: { product: "Topi (L)", available: 2, inCart: 2 },
    })
    expect(quantityError({ ok: false, reason: "out_of_stock" }, "Topi (L)")).toEqual({ key: "outOfStock", values: { product: "Topi (L)" } })
    expect(quantityError({ ok: false, reason: "invalid" }, "Topi (L)")).toEqual({ key: "invalid" })
  })
})

describe("cartCallError", () => {
  it("turns Medusa's nameless stock refusal into a message naming the product being added", () => {
    const refusal = new FetchError("Some variant does not have the required inventory", "Bad Request", 400)
    expect(cartCallError(refusal, "Topi (L)")).toEqual({ key: "stockShort", values: { product: "Topi (L)" } })
    expect(cartCallError(refusal)).toEqual({ key: "stockUnnamed" })
  })

  it("uses the product and count a refusal names", () => {
    const refusal = new FetchError('Stok "Topi (L)" tinggal 1. Kurangi jumlahnya menjadi 1 atau kurang.', "Bad Request", 400)
    expect(cartCallError(refusal)).toEqual({ key: "exceedsStock", values: { product: "Topi (L)", available: 1 } })
  })

  it("says the cart is gone on 404 and logs anything unexpected", () => {
    expect(cartCallError(new FetchError("Cart not found", "Not Found", 404))).toEqual({ key: "cartGone" })
    const log = vi.spyOn(console, "error").mockImplementation(() => {})
    expect(cartCallError(new Error("socket hang up"))).toEqual({ key: "failed" })
    expect(log).toHaveBeenCalled()
    log.mockRestore()
  })
})
