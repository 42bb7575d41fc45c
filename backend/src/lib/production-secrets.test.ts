import { describe, expect, it } from "vitest"
import { requiredSecret } from "./production-secrets"

const start = ["node", "medusa", "start"]

describe("requiredSecret", () => {
  it("refuses to start in production without the variable, naming it", () => {
    expect(() => requiredSecret("JWT_SECRET", { NODE_ENV: "production" }, start)).toThrow(/JWT_SECRET is not set/)
    expect(() => requiredSecret("COOKIE_SECRET", { NODE_ENV: "production", COOKIE_SECRET: "  " }, start)).toThrow(/COOKIE_SECRET is not set/)
  })

  it("refuses a known placeholder in production", () => {
    expect(() => requiredSecret("JWT_SECRET", { NODE_ENV: "production", JWT_SECRET: "supersecret" }, start)).toThrow(/JWT_SECRET is a known placeholder/)
    expect(() => requiredSecret("COOKIE_SECRET", { NODE_ENV: "production", COOKIE_SECRET: "change-me-cookie" }, start)).toThrow(/COOKIE_SECRET/)
  })

  it("takes a real secret in production", () => {
    expect(requiredSecret("JWT_SECRET", { NODE_ENV: "production", JWT_SECRET: "4f1c9a0e7b" }, start)).toBe("4f1c9a0e7b")
  })

  it("lets a build run without secrets (no server starts)", () => {
    expect(requiredSecret("JWT_SECRET", { NODE_ENV: "production" }, ["node", "medusa", "build"])).toBe("supersecret")
  })

  it("falls back to a development value outside production", () => {
    expect(requiredSecret("JWT_SECRET", { NODE_ENV: "development" }, start)).toBe("supersecret")
    expect(requiredSecret("JWT_SECRET", { NODE_ENV: "test", JWT_SECRET: "abc" }, start)).toBe("abc")
  })
})
