import { describe, expect, it } from "vitest"
import { AdminCreateCohort, AdminUpdateCohort } from "./validators"

const valid = {
  handle: "lapas-perempuan-palembang-pisang",
  name: "Olahan Pisang Lapas Perempuan",
  facility_name: "Lapas Perempuan Kelas IIA Palembang",
  facility_type: "lapas",
  area: "plaju",
  craft_line: "pisang",
  tagline: "Keripik dari dapur pelatihan",
  story: "Kelompok ini belajar mengolah pisang.",
  address: { address_1: "Jl. Merdeka 1", city: "Palembang", postal_code: "30111" },
}

describe("AdminCreateCohort", () => {
  it("accepts a complete cohort and defaults the country to Indonesia", () => {
    const parsed = AdminCreateCohort.parse(valid)
    expect(parsed.address.country_code).toBe("id")
    expect(parsed.sales_channel_ids).toEqual([])
  })

  it("explains a malformed handle", () => {
    const result = AdminCreateCohort.safeParse({ ...valid, handle: "Lapas Perempuan" })
    expect(result.error?.issues[0].message).toMatch(/lowercase words joined by hyphens/)
  })

  it("refuses a facility type outside lapas, rutan and bapas", () => {
    expect(AdminCreateCohort.safeParse({ ...valid, facility_type: "prison" }).success).toBe(false)
  })

  it("refuses a postal code that is not five digits", () => {
    const result = AdminCreateCohort.safeParse({ ...valid, address: { ...valid.address, postal_code: "301" } })
    expect(result.error?.issues[0].message).toMatch(/5 digits/)
  })
})

describe("AdminUpdateCohort", () => {
  it("accepts a partial change but not an unknown field", () => {
    expect(AdminUpdateCohort.safeParse({ status: "active" }).success).toBe(true)
    expect(AdminUpdateCohort.safeParse({ members: [] }).success).toBe(false)
  })
})
