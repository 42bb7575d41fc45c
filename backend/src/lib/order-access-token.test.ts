import { describe, expect, it } from "vitest"
import { issueOrderAccess, ORDER_ACCESS_TTL_SECONDS, verifyOrderAccess } from "./order-access-token"

describe("order access tokens", () => {
  const now = Date.parse("2026-12-03T02:00:00Z")
  const { token, expires_at } = issueOrderAccess("order_A", "rahasia", now)

  it("open the order they were issued for until they expire", () => {
    expect(expires_at).toBe(new Date(now + ORDER_ACCESS_TTL_SECONDS * 1000).toISOString())
    expect(verifyOrderAccess(token, "order_A", "rahasia", now + 1000)).toBe(true)
    expect(verifyOrderAccess(token, "order_A", "rahasia", now + ORDER_ACCESS_TTL_SECONDS * 1000)).toBe(false)
  })

  it("open no other order, and nothing under another secret", () => {
    expect(verifyOrderAccess(token, "order_B", "rahasia", now)).toBe(false)
    expect(verifyOrderAccess(token, "order_A", "lain", now)).toBe(false)
  })

  it("refuse a changed expiry or signature, and anything malformed", () => {
    const [expiry, sig] = token.split(".")
    expect(verifyOrderAccess(`${Number(expiry) + 3600}.${sig}`, "order_A", "rahasia", now)).toBe(false)
    const flipped = sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A")
    expect(verifyOrderAccess(`${expiry}.${flipped}`, "order_A", "rahasia", now)).toBe(false)
    for (const bad of [undefined, "", "abc", `${expiry}`, `${expiry}.`, `x.${sig}`]) expect(verifyOrderAccess(bad, "order_A", "rahasia", now)).toBe(false)
  })
})
