import { describe, expect, it } from "vitest"
import { reshapePendingPayment } from "./reshape-pending-payment"

const cart = (sessions: { provider_id: string; amount?: number; data?: Record<string, unknown> }[]) => ({
  id: "cart_01ABC",
  total: 70000,
  payment_collection: { payment_sessions: sessions },
})

describe("reshapePendingPayment", () => {
  it("shows a QRIS session's QR string, amount and expiry as the provider keeps them", () => {
    const payment = reshapePendingPayment(
      cart([
        {
          provider_id: "pp_midtrans_qris",
          data: { method: "qris", amount: 70000, expires_at: "2026-12-03T07:15:00.000Z", qr_string: "00020101021226", midtrans_order_id: "x" },
        },
      ])
    )
    expect(payment).toEqual({
      cartId: "cart_01ABC",
      providerId: "pp_midtrans_qris",
      amount: 70000,
      expiresAt: "2026-12-03T07:15:00.000Z",
      instructions: { type: "qr", method: "qris", qrString: "00020101021226", qrCodeUrl: null, deeplinkUrl: null },
    })
  })

  it("shows GoPay's QR image (its charge has no QR string) and app link; an address that is not https is dropped", () => {
    const gopay = (qr_code_url: string) =>
      reshapePendingPayment(cart([{ provider_id: "pp_midtrans_gopay", data: { method: "gopay", qr_code_url, deeplink_url: "gojek://gopay/pay?tref=t" } }]))?.instructions
    expect(gopay("https://api.sandbox.midtrans.com/v2/gopay/t/qr-code")).toEqual({
      type: "qr",
      method: "gopay",
      qrString: null,
      qrCodeUrl: "https://api.sandbox.midtrans.com/v2/gopay/t/qr-code",
      deeplinkUrl: "gojek://gopay/pay?tref=t",
    })
    expect(gopay("javascript:alert(1)")).toMatchObject({ qrCodeUrl: null })
  })

  it("shows a virtual account's bank and number, and Mandiri's two codes", () => {
    const bca = reshapePendingPayment(cart([{ provider_id: "pp_midtrans_va-bca", data: { method: "va", bank: "bca", va_number: "12345678901", amount: 70000 } }]))
    expect(bca?.instructions).toEqual({ type: "va", bank: "bca", vaNumber: "12345678901", billKey: null, billerCode: null })
    const mandiri = reshapePendingPayment(
      cart([{ provider_id: "pp_midtrans_va-mandiri", data: { method: "va", bank: "mandiri", bill_key: "998877", biller_code: "70012" } }])
    )
    expect(mandiri?.instructions).toEqual({ type: "va", bank: "mandiri", vaNumber: null, billKey: "998877", billerCode: "70012" })
    // No amount in the data: the cart's total.
    expect(mandiri?.amount).toBe(70000)
  })

  it("is no pending payment for bank transfer, a session without data or an unknown method", () => {
    expect(reshapePendingPayment(cart([{ provider_id: "pp_system_default", data: {} }]))).toBeNull()
    expect(reshapePendingPayment(cart([{ provider_id: "pp_midtrans_gopay" }]))).toBeNull()
    expect(reshapePendingPayment(cart([{ provider_id: "pp_midtrans_gopay", data: { method: "alfamart" } }]))).toBeNull()
    expect(reshapePendingPayment(cart([{ provider_id: "pp_midtrans_va-bri", data: { method: "va", bank: "permata" } }]))).toBeNull()
    expect(reshapePendingPayment({ id: "cart_1", payment_collection: null })).toBeNull()
  })
})
