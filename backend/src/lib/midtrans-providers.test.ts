import { describe, expect, it } from "vitest"
import { midtransProviderIds, midtransProviders, paymentMethodsSummary } from "./midtrans-providers"

const keys = { MIDTRANS_SERVER_KEY: "SB-Mid-server-x", MIDTRANS_CLIENT_KEY: "SB-Mid-client-x" }

describe("Midtrans registration", () => {
  it("registers nothing without both keys", () => {
    expect(midtransProviders({})).toEqual([])
    expect(midtransProviders({ MIDTRANS_SERVER_KEY: "SB-Mid-server-x" })).toEqual([])
    expect(midtransProviderIds({ MIDTRANS_CLIENT_KEY: "SB-Mid-client-x" })).toEqual([])
  })

  it("registers one provider per method with the keys, sandbox unless MIDTRANS_IS_PRODUCTION=true", () => {
    const providers = midtransProviders(keys)
    expect(providers.map((p) => p.id)).toEqual(["qris", "gopay", "shopeepay", "va-bca", "va-bni", "va-bri", "va-mandiri"])
    expect(providers[0].options).toEqual({ serverKey: "SB-Mid-server-x", clientKey: "SB-Mid-client-x", isProduction: false, method: "qris" })
    expect(midtransProviders({ ...keys, MIDTRANS_IS_PRODUCTION: "true" })[0].options.isProduction).toBe(true)
    expect(midtransProviderIds(keys)).toContain("pp_midtrans_va-mandiri")
  })

  it("says on npm start whether Midtrans and Stripe are on", () => {
    expect(paymentMethodsSummary({})).toBe(
      "bank transfer; pay at the outlet on pickup (held 7 days); card (Stripe) off (set STRIPE_API_KEY); Midtrans off (set MIDTRANS_SERVER_KEY and MIDTRANS_CLIENT_KEY)"
    )
    expect(paymentMethodsSummary({ ...keys, STRIPE_API_KEY: "sk_test" })).toMatch(/card \(Stripe\) on; Midtrans on \(sandbox: QRIS/)
    expect(paymentMethodsSummary({ ...keys, MIDTRANS_IS_PRODUCTION: "true" })).toMatch(/Midtrans on \(production/)
  })
})
