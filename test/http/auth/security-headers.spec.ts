import { describe, expect, it } from "vitest"
import { api } from "../helpers/api"

const storefrontUrl = () => {
  const url = process.env.STOREFRONT_URL
  if (!url) throw new Error('STOREFRONT_URL is not set: run the HTTP suites through "npm test -- http"')
  return url
}

function expectCommonHeaders(headers: Headers) {
  expect(headers.get("x-frame-options")).toBe("DENY")
  expect(headers.get("x-content-type-options")).toBe("nosniff")
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
  expect(headers.get("permissions-policy")).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/)
  expect(headers.get("x-powered-by")).toBeNull()
  const csp = headers.get("content-security-policy") ?? ""
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain("base-uri 'self'")
  expect(csp).toContain("form-action 'self'")
  return csp
}

describe("security headers", () => {
  it.each(["/health", "/store/products?limit=1", "/auth/customer/emailpass", "/app", "/app/login"])(
    "backend %s carries them, with scripts from our own origin only",
    async (path) => {
      const res = await api(path, path.startsWith("/auth") ? { body: { email: "x@example.com", password: "x" }, headers: { "x-forwarded-for": "10.250.0.1" } } : {})
      const csp = expectCommonHeaders(res.headers)
      expect(csp).toContain("script-src 'self';")
      expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    }
  )

  it("backend uploads keep their own sandboxed policy, with the other headers", async () => {
    const res = await api("/uploads/no-such-file.png")
    expect(res.headers.get("x-frame-options")).toBe("DENY")
    expect(res.headers.get("x-content-type-options")).toBe("nosniff")
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(res.headers.get("x-powered-by")).toBeNull()
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox/)
  })

  it.each(["/", "/cari?q=keripik", "/akun/masuk", "/en/account/login", "/api/visitor"])("storefront %s carries them, allowing Stripe.js for the card form", async (path) => {
    const res = await fetch(`${storefrontUrl()}${path}`, { redirect: "manual" })
    expect(res.status).toBeLessThan(500)
    const csp = expectCommonHeaders(res.headers)
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline' https:\/\/js\.stripe\.com/)
    expect(csp).toContain("frame-src https://js.stripe.com")
  })
})
