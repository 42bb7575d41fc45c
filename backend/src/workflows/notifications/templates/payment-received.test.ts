import { describe, expect, it } from "vitest"
import { emailLocale as emailLanguage } from "./email-locale"
import { renderPaymentReceived } from "./payment-received"

const order = { display_id: 42, email: "a@b.test", total: 35000, first_name: "Sari" }

describe("payment received email", () => {
  it("is Indonesian by default, with the amount in rupiah and the Indonesian tracking page", () => {
    const { subject, text } = renderPaymentReceived(order, "https://toko.test")
    expect(subject).toBe("Pembayaran pesanan #42 diterima – Karya Binaan")
    expect(text).toContain("Halo Sari,")
    expect(text).toContain("Rp 35.000")
    expect(text).toContain("LUNAS")
    expect(text).toContain("https://toko.test/lacak-pesanan")
  })

  it("is English for an order placed on the English shop, linking the English page", () => {
    const { subject, text } = renderPaymentReceived({ ...order, locale: "en-US" }, "https://toko.test")
    expect(subject).toBe("Payment received for order #42 – Karya Binaan")
    expect(text).toContain("Rp 35.000")
    expect(text).toContain("PAID")
    expect(text).toContain("https://toko.test/en/track-order")
  })

  it("reads only English locales as English", () => {
    expect(emailLanguage("en-GB")).toBe("en")
    expect(emailLanguage("id-ID")).toBe("id")
    expect(emailLanguage(null)).toBe("id")
  })
})
