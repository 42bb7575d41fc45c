import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it, vi } from "vitest"
import { checkoutError, thrownCheckoutError } from "./checkout-errors"

describe("checkoutError", () => {
  it("names the sold-out product from the race guard's refusal", () => {
    expect(checkoutError({ status: 400, message: 'Stok "Topi Eceng Gondok (L)" habis. Hapus dari keranjang untuk melanjutkan pesanan.' })).toEqual({
      key: "stock",
      values: { product: "Topi Eceng Gondok (L)" },
    })
  })

  it("says how many are left when some are", () => {
    expect(thrownCheckoutError(new FetchError('Only 1 of "Hat (L)" left. Lower the quantity to 1 or fewer.', "Bad Request", 400))).toEqual({
      key: "stockLeft",
      values: { product: "Hat (L)", available: 1 },
    })
  })

  it("falls back to a nameless stock message, a gone cart, or a plain failure", () => {
    expect(checkoutError({ status: 400, message: "Some variant does not have the required inventory" })).toEqual({ key: "stockUnnamed" })
    expect(checkoutError({ status: 404, message: "Cart not found" })).toEqual({ key: "cartGone" })
    const log = vi.spyOn(console, "error").mockImplementation(() => {})
    expect(checkoutError({ status: 500, message: "boom" })).toEqual({ key: "failed" })
    expect(thrownCheckoutError(new TypeError("fetch failed"))).toEqual({ key: "failed" })
    log.mockRestore()
  })
})
