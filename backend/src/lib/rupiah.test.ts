import { describe, expect, it } from "vitest"
import { formatRupiah } from "./rupiah"

describe("formatRupiah", () => {
  it("writes whole rupiah with dots between thousands", () => {
    expect([formatRupiah(25000), formatRupiah(1250000), formatRupiah(0), formatRupiah("990")]).toEqual([
      "Rp 25.000",
      "Rp 1.250.000",
      "Rp 0",
      "Rp 990",
    ])
  })
})
