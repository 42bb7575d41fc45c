import { describe, expect, it } from "vitest"
import { renderOrderConfirmation, type ConfirmationOrder } from "./order-confirmation"

const bank = {
  bank_name: "Bank Contoh",
  account_number: "0000-1234",
  account_holder: "Yayasan Contoh",
  instructions: { id: "Transfer tepat sebesar total.", en: "Transfer exactly the total." },
}

const order: ConfirmationOrder = {
  display_id: 42,
  email: "budi@contoh.test",
  items: [
    { title: "Keripik Pisang", variant_title: "Balado / 250 g", quantity: 2, total: 50000 },
    { title: "Tas Eceng Gondok", variant_title: null, quantity: 1, total: { valueOf: () => 125000 } },
  ],
  subtotal: 175000,
  shipping_total: 15000,
  total: "190000",
  shipping_address: { first_name: "Budi", last_name: "Santoso", address_1: "Jl. Contoh 1", city: "Palembang", province: "id-ss", postal_code: "30268", phone: "+62811" },
  shipping_method: { name: "Pengiriman Reguler", pickup: false },
  payment_provider_id: "pp_system_default",
}

describe("order confirmation", () => {
  it("lists the order number, items with variant and quantity, and the totals in rupiah", () => {
    const { subject, text } = renderOrderConfirmation(order, bank)
    expect(subject).toContain("#42")
    expect(text).toContain("Nomor pesanan: #42")
    expect(text).toContain("- Keripik Pisang (Balado / 250 g) × 2: Rp 50.000")
    expect(text).toContain("- Tas Eceng Gondok × 1: Rp 125.000")
    expect(text).toMatch(/Subtotal: Rp 175\.000\nOngkos kirim: Rp 15\.000\nTotal: Rp 190\.000/)
    expect(text).toContain("Palembang, id-ss 30268")
  })

  it("gives bank-transfer orders the amount, the account and the waiting-for-payment notice", () => {
    const { text } = renderOrderConfirmation(order, bank)
    expect(text).toContain("Pembayaran: Transfer bank")
    expect(text).toContain("Jumlah yang harus ditransfer: Rp 190.000")
    expect(text).toContain("Nomor rekening: 0000-1234")
    expect(text).toContain("Transfer tepat sebesar total.")
    expect(text).toContain("MENUNGGU PEMBAYARAN sampai operator")
  })

  it("tells card payers nothing about transfers, and pickup orders where to collect", () => {
    const { text } = renderOrderConfirmation(
      { ...order, payment_provider_id: "pp_stripe_stripe", shipping_method: { name: "Ambil di Outlet Mitra", pickup: true } },
      bank
    )
    expect(text).toContain("Kartu kredit/debit (Stripe)")
    expect(text).not.toContain("ditransfer")
    expect(text).toContain("Pengambilan: Ambil di Outlet Mitra")
    expect(text).not.toContain("Dikirim ke:")
  })

  it("names the chosen outlet with its address and hours, and what to pay there by when", () => {
    const { text } = renderOrderConfirmation(
      {
        ...order,
        shipping_method: { name: "Ambil di Outlet Mitra", pickup: true },
        payment_provider_id: "pp_pay-at-outlet_pay-at-outlet",
        pickup_outlet: {
          name: "Sentra Kuliner Binaan Pertamina Plaju",
          address_1: "Jl. Kapten Abdullah No. 27",
          city: "Palembang",
          postal_code: "30266",
          contact_phone: "+62 812-7300-1144",
          opening_hours: [
            { days: [1, 2, 3, 4, 5, 6], opens: "08:00", closes: "17:00" },
            { days: [7], opens: "09:00", closes: "14:00" },
          ],
        },
        pay_at_outlet_by: "2026-12-10T03:00:00.000Z",
      },
      bank
    )
    expect(text).toContain("Diambil di: Sentra Kuliner Binaan Pertamina Plaju")
    expect(text).toContain("Jam buka: Senin–Sabtu 08.00–17.00; Minggu 09.00–14.00")
    expect(text).toContain("Pembayaran: Bayar di outlet")
    expect(text).toContain("Bayar tunai Rp 190.000 di outlet saat mengambil pesanan, paling lambat 10 Desember 2026.")
    expect(text).not.toContain("Jumlah yang harus ditransfer")
  })
})

describe("order confirmation in English", () => {
  it("has every line in English, with the English transfer instructions", () => {
    const { subject, text } = renderOrderConfirmation(order, bank, "en")
    expect(subject).toBe("Order #42 received – Karya Binaan")
    expect(text).toContain("Hello Budi,")
    expect(text).toContain("Order number: #42")
    expect(text).toContain("Shipping: Rp 15.000")
    expect(text).toContain("Payment: Bank transfer")
    expect(text).toContain("Transfer exactly the total.")
    expect(text).toContain("Phone: +62811")
    expect(text).not.toMatch(/Pesanan|Pembayaran|Ongkos|Telepon|Transfer tepat/)
  })
})

describe("a pickup paid at the outlet, in English", () => {
  it("names the outlet, its hours and the cash to bring in English", () => {
    const { text } = renderOrderConfirmation(
      {
        ...order,
        shipping_method: { name: "Pick up at a partner outlet", pickup: true },
        payment_provider_id: "pp_pay-at-outlet_pay-at-outlet",
        pickup_outlet: {
          name: "Sentra Kuliner Binaan Pertamina Plaju",
          address_1: "Jl. Kapten Abdullah No. 27",
          city: "Palembang",
          contact_phone: "+62 812-7300-1144",
          opening_hours: [{ days: [1, 2, 3, 4, 5, 6], opens: "08:00", closes: "17:00" }],
        },
        pay_at_outlet_by: "2026-12-10T03:00:00.000Z",
      },
      bank,
      "en"
    )
    expect(text).toContain("Picked up at: Sentra Kuliner Binaan Pertamina Plaju")
    expect(text).toContain("Opening hours: Monday–Saturday 08.00–17.00")
    expect(text).toContain("Payment: Pay at the outlet")
    expect(text).toContain("Pay Rp 190.000 in cash at the outlet when you collect the order, by 10 December 2026 at the latest.")
    expect(text).not.toMatch(/Diambil|Jam buka|Bayar tunai/)
  })

  it("links to the thank-you form on the order's page, in the order's language", () => {
    const base = process.env.STOREFRONT_URL || "http://localhost:8000"
    const guest = renderOrderConfirmation({ ...order, id: "order_01ABC", has_account: false }, bank, "id").text
    expect(guest).toContain("Ingin mengucapkan terima kasih kepada pembuatnya?")
    expect(guest).toContain(`${new URL("/lacak-pesanan?order=order_01ABC#ucapan", base)}`)
    const account = renderOrderConfirmation({ ...order, id: "order_01ABC", has_account: true }, bank, "en").text
    expect(account).toContain("Would you like to thank the makers?")
    expect(account).toContain(`${new URL("/en/account/orders/order_01ABC#ucapan", base)}`)
  })
})
