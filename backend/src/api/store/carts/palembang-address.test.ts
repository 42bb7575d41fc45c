import { describe, expect, it } from "vitest"
import { canonicalPalembangAddress, isPalembangPostalCode, namesPalembang } from "./palembang-address"

describe("namesPalembang", () => {
  it.each(["Palembang", "palembang", "PALEMBANG", "  Palembang ", "Kota Palembang", "kota  palembang", "Kota. Palembang", "Kab. Palembang", "Kodya Palembang", "Kotamadya Palembang", "Palembang City"])(
    "recognises %j",
    (city) => expect(namesPalembang(city)).toBe(true)
  )
  it.each(["Banyuasin", "Kab. Banyuasin", "Palembang Baru", "Jakarta", "", null, undefined])("does not take %j for Palembang", (city) =>
    expect(namesPalembang(city)).toBe(false)
  )
})

describe("isPalembangPostalCode", () => {
  it.each(["30111", "30126", "30268", " 30256 "])("takes %j", (code) => expect(isPalembangPostalCode(code)).toBe(true))
  it.each(["30961", "30763", "30662", "10110", "3012", "301266", "abcde", "", null])("refuses %j", (code) => expect(isPalembangPostalCode(code)).toBe(false))
})

describe("canonicalPalembangAddress", () => {
  it("writes the city as the same-day zone does, and South Sumatra as the zone lists it", () => {
    expect(canonicalPalembangAddress({ city: "KOTA PALEMBANG", province: "SUMSEL", postal_code: "30268", country_code: "id" })).toEqual({
      city: "Palembang",
      province: "Sumatera Selatan",
      postal_code: "30268",
      country_code: "id",
    })
    expect(canonicalPalembangAddress({ city: "palembang", province: "id-ss" }).province).toBe("id-ss")
    expect(canonicalPalembangAddress({ city: "palembang", province: "Sumatera Selatan" }).province).toBe("Sumatera Selatan")
  })

  it("places an address without a city by its Palembang postal code", () => {
    expect(canonicalPalembangAddress({ city: "", postal_code: "30126", province: "id-ss" }).city).toBe("Palembang")
  })

  it("leaves a city that names another place as written, whatever the postal code", () => {
    const banyuasin = { city: "Banyuasin", postal_code: "30126", province: "id-ss", country_code: "id" }
    expect(canonicalPalembangAddress(banyuasin)).toBe(banyuasin)
  })

  it("leaves addresses outside Indonesia alone", () => {
    const abroad = { city: "palembang", country_code: "my" }
    expect(canonicalPalembangAddress(abroad)).toBe(abroad)
  })
})
