import { describe, expect, it } from "vitest"
import { ProductAdditionalDataSchema } from "./additional-data"

const label = {
  pirt_number: "206167101234567",
  halal_status: "certified" as const,
  halal_certificate_number: "ID16110000123450923",
  shelf_life_days: 180,
  ingredients: "Pisang kepok, minyak kelapa sawit, garam",
}

describe("ProductAdditionalDataSchema", () => {
  it("accepts a cohort and a complete food label", () => {
    const parsed = ProductAdditionalDataSchema.parse({ cohort_id: "coh_01", food_label: label })
    expect(parsed.food_label?.pirt_number).toBe("206167101234567")
  })

  it("refuses a P-IRT number shorter than 15 digits, saying why", () => {
    const result = ProductAdditionalDataSchema.safeParse({ food_label: { ...label, pirt_number: "12345" } })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toMatch(/at least 15 digits/)
  })

  it("refuses a cohort id that is not a cohort's", () => {
    const result = ProductAdditionalDataSchema.safeParse({ cohort_id: "prod_01" })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toMatch(/coh_/)
  })

  it("refuses unknown keys instead of dropping them silently", () => {
    expect(ProductAdditionalDataSchema.safeParse({ cohort: "x" }).success).toBe(false)
    expect(ProductAdditionalDataSchema.safeParse({ food_label: { ...label, colour: "red" } }).success).toBe(false)
  })

  it("requires a positive whole shelf life", () => {
    expect(ProductAdditionalDataSchema.safeParse({ food_label: { ...label, shelf_life_days: 0 } }).success).toBe(false)
    expect(ProductAdditionalDataSchema.safeParse({ food_label: { ...label, shelf_life_days: 1.5 } }).success).toBe(false)
  })
})
