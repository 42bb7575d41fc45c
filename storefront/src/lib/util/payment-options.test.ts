import { describe, expect, it } from "vitest"
import { BANK_TRANSFER_PROVIDER, CARD_PROVIDER, cardOutcome, paymentKind, paymentOptions } from "./payment-options"

describe("paymentOptions", () => {
  it("offers bank transfer, and card only when the backend has Stripe and the storefront has its key", () => {
    const both = [CARD_PROVIDER, BANK_TRANSFER_PROVIDER]
    expect(paymentOptions(both, "pk_test_123").map((o) => o.kind)).toEqual(["bank_transfer", "card"])
    expect(paymentOptions(both, undefined).map((o) => o.kind)).toEqual(["bank_transfer"])
    expect(paymentOptions(both, "").map((o) => o.kind)).toEqual(["bank_transfer"])
    expect(paymentOptions([BANK_TRANSFER_PROVIDER], "pk_test_123").map((o) => o.kind)).toEqual(["bank_transfer"])
  })

  it("offers every Midtrans method the region has, QR and e-wallets before virtual accounts, before bank transfer", () => {
    const region = [BANK_TRANSFER_PROVIDER, "pp_midtrans_va-mandiri", "pp_midtrans_va-bca", "pp_midtrans_qris", "pp_midtrans_shopeepay", "pp_midtrans_gopay"]
    expect(paymentOptions(region, undefined).map((o) => o.kind)).toEqual(["qris", "gopay", "shopeepay", "va_bca", "va_mandiri", "bank_transfer"])
    expect(paymentOptions(region, undefined)[0]).toEqual({ providerId: "pp_midtrans_qris", kind: "qris" })
  })

  it("names each provider by its kind, and none it does not know", () => {
    expect(paymentKind("pp_midtrans_va-bri")).toBe("va_bri")
    expect(paymentKind(CARD_PROVIDER)).toBe("card")
    expect(paymentKind(BANK_TRANSFER_PROVIDER)).toBe("bank_transfer")
    expect(paymentKind("pp_midtrans_alfamart")).toBeNull()
  })

  it("leaves out providers it has no form for", () => {
    expect(paymentOptions(["pp_paypal_paypal"], "pk_test_123")).toEqual([])
  })
})

describe("cardOutcome", () => {
  it("places the order once the card is authorized or charged", () => {
    expect(cardOutcome({ paymentIntent: { status: "requires_capture" } })).toEqual({ ok: true })
    expect(cardOutcome({ paymentIntent: { status: "succeeded" } })).toEqual({ ok: true })
  })

  it("stops on Stripe's error, with its message, and on an unfinished 3-D Secure check", () => {
    expect(cardOutcome({ error: { message: "Your card was declined." } })).toEqual({ ok: false, message: "Your card was declined." })
    expect(cardOutcome({ paymentIntent: { status: "requires_action" } })).toEqual({ ok: false, message: null })
    expect(cardOutcome({})).toEqual({ ok: false, message: null })
  })
})
