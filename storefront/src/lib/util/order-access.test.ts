import { describe, expect, it } from "vitest"
import { orderAccessFromToken } from "./order-access"

describe("orderAccessFromToken", () => {
  it("reads the expiry the backend signed into the token", () => {
    const token = "1796000000.abcDEF_-123"
    expect(orderAccessFromToken(token)).toEqual({ token, expires_at: new Date(1796000000 * 1000).toISOString() })
  })

  it("refuses what is not an order access token", () => {
    expect(orderAccessFromToken(null)).toBeNull()
    expect(orderAccessFromToken("")).toBeNull()
    expect(orderAccessFromToken("eyJhbGciOi.eyJzdWIi.sig")).toBeNull()
    expect(orderAccessFromToken("soon.abc")).toBeNull()
  })
})
