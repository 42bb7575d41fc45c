import { describe, expect, it } from "vitest"
import { storeQuery } from "./store-query"

describe("storeQuery", () => {
  it("asks for English with locale=en-US and sends no locale for Indonesian", () => {
    expect(storeQuery("en").locale).toBe("en-US")
    expect(storeQuery("id")).not.toHaveProperty("locale")
    expect(storeQuery(undefined)).not.toHaveProperty("locale")
  })

  it("keeps arrays and numbers and leaves out undefined values", () => {
    expect(storeQuery("id", { category_id: ["a", "b"], q: undefined, limit: 12 })).toEqual({
      category_id: ["a", "b"],
      limit: 12,
    })
  })
})
