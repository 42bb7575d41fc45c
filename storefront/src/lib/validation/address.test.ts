import { describe, expect, it } from "vitest"
import { parseAddress } from "./address"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

const valid = {
  first_name: "Sari",
  last_name: "",
  phone: "0812-3456-7890",
  address_1: "Jl. Kapten Abdullah No. 12",
  address_2: "",
  city: "Palembang",
  province: "Sumatera Selatan",
  postal_code: "30268",
}

describe("parseAddress", () => {
  it("accepts an Indonesian address and normalises the phone number", () => {
    const result = parseAddress(form(valid))
    expect(result).toEqual({ ok: true, address: expect.objectContaining({ phone: "081234567890", country_code: "id" }) })
  })

  it("names every wrong field with a message key", () => {
    const result = parseAddress(form({ ...valid, first_name: " ", phone: "12345", province: "Texas", postal_code: "3026" }))
    expect(result).toEqual({
      ok: false,
      errors: { first_name: "required", phone: "phone", province: "province", postal_code: "postalCode" },
    })
  })

  it("refuses postal codes that start with 0 or hold letters", () => {
    for (const postal_code of ["03026", "3026a", "302681"]) {
      expect(parseAddress(form({ ...valid, postal_code })).ok, postal_code).toBe(false)
    }
  })

  it("reads prefixed fields, for forms that hold two addresses", () => {
    const prefixed = Object.fromEntries(Object.entries(valid).map(([k, v]) => [`shipping_${k}`, v]))
    expect(parseAddress(form(prefixed), "shipping_").ok).toBe(true)
  })
})
