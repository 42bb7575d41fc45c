import { describe, expect, it } from "vitest"
import { storefrontPayUrl } from "./email-locale"
import { renderPaymentInstructions } from "./payment-instructions"

const base = {
  midtrans_order_id: "payses_01~a1",
  transaction_id: "t-1",
  transaction_status: "pending",
  amount: 57000,
  expires_at: "2026-12-03T03:00:00.000Z",
}

describe("payment instructions email", () => {
  it("gives a VA's number, amount, deadline in WIB and the Indonesian pay page", () => {
    const pay_url = storefrontPayUrl("https://karyabinaan.id", "cart_01ABC", "id")
    const { subject, text } = renderPaymentInstructions({
      locale: "id",
      provider_id: "pp_midtrans_va-bni",
      data: { ...base, method: "va", bank: "bni", va_number: "988123456789" },
      pay_url,
    })
    expect(pay_url).toBe("https://karyabinaan.id/bayar/cart_01ABC")
    expect(subject).toMatch(/Selesaikan pembayaran/)
    expect(text).toContain("Virtual account BNI")
    expect(text).toContain("Nomor virtual account: 988123456789")
    expect(text).toContain("Rp 57.000")
    expect(text).toContain("3 Desember 2026 pukul 10.00 WIB")
    expect(text).toContain(pay_url)
  })

  it("gives Mandiri's company and payment code, in English with the English pay page", () => {
    const pay_url = storefrontPayUrl("https://karyabinaan.id", "cart_01ABC", "en")
    const { subject, text } = renderPaymentInstructions({
      locale: "en",
      provider_id: "pp_midtrans_va-mandiri",
      data: { ...base, method: "va", bank: "mandiri", bill_key: "123456", biller_code: "70012" },
      pay_url,
    })
    expect(pay_url).toBe("https://karyabinaan.id/en/pay/cart_01ABC")
    expect(subject).toMatch(/Complete your payment/)
    expect(text).toContain("Company code: 70012")
    expect(text).toContain("Payment code: 123456")
    expect(text).toContain("3 December 2026 at 10:00 WIB")
    expect(text).not.toContain("virtual account number")
  })

  it("sends a QR or e-wallet payer to the pay page to scan, without a number", () => {
    const { text } = renderPaymentInstructions({
      locale: "id",
      provider_id: "pp_midtrans_qris",
      data: { ...base, method: "qris", qr_string: "00020101" },
      pay_url: "https://karyabinaan.id/bayar/cart_1",
    })
    expect(text).toContain("memindai kode QR")
    expect(text).not.toContain("00020101")
    expect(text).not.toContain("Nomor virtual account")
  })
})
