import { describe, expect, it } from "vitest"
import { storeProblem } from "./store-errors"

describe("storeProblem", () => {
  it("reads the race guard's Indonesian refusal: product and what is left", () => {
    expect(
      storeProblem({ status: 400, message: 'Stok "Topi Eceng Gondok (L)" habis. Hapus dari keranjang untuk melanjutkan pesanan.' })
    ).toEqual({ kind: "stock", product: "Topi Eceng Gondok (L)", available: 0 })
    expect(
      storeProblem({ status: 400, message: 'Stok "Keripik Tempe (250 g)" tinggal 2. Kurangi jumlahnya menjadi 2 atau kurang untuk melanjutkan pesanan.' })
    ).toEqual({ kind: "stock", product: "Keripik Tempe (250 g)", available: 2 })
  })

  it("reads the English refusal of an English cart", () => {
    expect(storeProblem({ status: 400, message: '"Hat (L)" is sold out. Remove it from your cart to place your order.' })).toEqual({
      kind: "stock",
      product: "Hat (L)",
      available: 0,
    })
    expect(storeProblem({ status: 400, message: 'Only 3 of "Hat (M)" left. Lower the quantity to 3 or fewer.' })).toEqual({
      kind: "stock",
      product: "Hat (M)",
      available: 3,
    })
  })

  it("knows Medusa's own nameless add-to-cart refusal as a stock problem", () => {
    expect(storeProblem({ status: 400, message: "Some variant does not have the required inventory" })).toEqual({
      kind: "stock",
      product: null,
      available: null,
    })
  })

  it("calls a missing cart gone and anything else a failure", () => {
    expect(storeProblem({ status: 404, message: "Cart id not found" })).toEqual({ kind: "cart_gone" })
    expect(storeProblem({ status: 500, message: "An unknown error occurred." })).toEqual({ kind: "failed" })
    expect(storeProblem({ message: "fetch failed" })).toEqual({ kind: "failed" })
  })
})
