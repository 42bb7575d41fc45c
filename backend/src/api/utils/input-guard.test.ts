import { describe, expect, it, vi } from "vitest"
import { inputGuard } from "./input-guard"

/** Runs the guard on a request; returns the refusal's message, or null when it let the request through. */
function guard(path: string, query: Record<string, unknown> = {}, body?: unknown): string | null {
  const next = vi.fn()
  inputGuard({ path, query, body } as never, {} as never, next)
  expect(next).toHaveBeenCalledTimes(1)
  const error = next.mock.calls[0][0] as (Error & { type?: string }) | undefined
  if (error) expect(error.type).toBe("invalid_data")
  return error ? error.message : null
}

describe("input guard", () => {
  it("refuses control characters anywhere in the query or the JSON body, naming where", () => {
    expect(guard("/store/cohorts", { q: "tempe\u0000" })).toMatch(/^Parameter q: .*NUL/)
    expect(guard("/admin/products", {}, { variants: [{ title: "a\u0000" }] })).toMatch(/^Isian variants\.0\.title: /)
    expect(guard("/store/carts", {}, { "na\u0000me": "x" })).toMatch(/karakter kontrol/)
    expect(guard("/store/carts", {}, { note: "baris\nbaris\tkolom" })).toBeNull()
  })

  it("refuses control characters and broken percent-encoding in the path (ids)", () => {
    expect(guard("/admin/cohorts/%00")).toMatch(/^Alamat \(URL\): .*NUL/)
    expect(guard("/store/cohorts/prod_%00")).toMatch(/karakter kontrol/)
    expect(guard("/hooks/payment/%00")).toMatch(/karakter kontrol/)
    expect(guard("/outlet/orders/%E0%A4%A")).toMatch(/tanda %/)
    expect(guard("/store/cohorts/lapas-%F0%9F%98%80")).toBeNull()
  })

  it("refuses a limit or offset that is not a whole number 0 or more", () => {
    for (const query of [{ offset: "-1" }, { limit: "-1" }, { limit: "1.5" }, { offset: ["1", "2"] }, { limit: { $gt: "1" } }, { limit: "" }]) {
      expect(guard("/store/products", query), JSON.stringify(query)).toMatch(/bilangan bulat 0 atau lebih/)
    }
    expect(guard("/store/products", { limit: "0", offset: "40" })).toBeNull()
  })

  it("refuses query operators on store routes only", () => {
    expect(guard("/store/products", { cohort_id: { $ne: "x" } })).toMatch(/cohort_id\[\$ne\]/)
    expect(guard("/store/products", { filter: { nested: { $in: ["a"] } } })).toMatch(/\$in/)
    expect(guard("/store/products", { id: ["prod_1", "prod_2"] })).toBeNull()
    // The Admin filters with operators (created_at[$gte]) on Medusa's own routes.
    expect(guard("/admin/orders", { created_at: { $gte: "2026-11-01" } })).toBeNull()
  })

  it("leaves payment webhooks alone: their signature covers the raw body", () => {
    expect(guard("/hooks/payment/stripe_stripe", {}, { data: "\u0000" })).toBeNull()
  })
})
