import { describe, expect, it } from "vitest"
import { missingSecretProblem } from "./production-secrets"

describe("missingSecretProblem", () => {
  it("names the missing variable in production", () => {
    expect(missingSecretProblem({ NODE_ENV: "production" })).toMatch(/^REVALIDATE_SECRET is not set/)
  })

  it("refuses a known placeholder in production", () => {
    expect(missingSecretProblem({ NODE_ENV: "production", REVALIDATE_SECRET: "change-me-revalidate" })).toMatch(/known placeholder/)
  })

  it("accepts a real secret, a build, and development", () => {
    expect(missingSecretProblem({ NODE_ENV: "production", REVALIDATE_SECRET: "9b1f0c2d" })).toBeNull()
    expect(missingSecretProblem({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBeNull()
    expect(missingSecretProblem({ NODE_ENV: "development" })).toBeNull()
  })
})
