import { formatRupiah } from "../../../lib/rupiah"
import { emailLocale, storefrontUrl } from "./email-locale"

export const PAYMENT_RECEIVED_TEMPLATE = "payment-received"

type Amount = number | string | { valueOf(): number }

export type PaymentReceivedOrder = {
  display_id: number
  email: string
  total: Amount
  first_name?: string | null
  /** The cart's language (BCP 47, "en-US" from the English shop); Indonesian when empty. */
  locale?: string | null
}

/**
 * "Pembayaran diterima": the operator captured the bank transfer, so the
 * order is paid and goes to the cohorts that make it. Plain text, in the
 * language the shopper ordered in.
 */
export function renderPaymentReceived(order: PaymentReceivedOrder, storefront: string) {
  // Where a shopper (guest or not) finds the order again, in their language.
  const language = emailLocale(order.locale)
  const name = order.first_name ? ` ${order.first_name}` : ""
  const amount = formatRupiah(order.total)
  const link = storefrontUrl(storefront, "/track-order", language)
  if (language === "en") {
    return {
      subject: `Payment received for order #${order.display_id} – Karya Binaan`,
      text: [
        `Hello${name},`,
        "",
        `We have received your bank transfer of ${amount} for order #${order.display_id}. The order is now PAID.`,
        "",
        "We are passing it on to the inmate cohorts who make your products; we'll let you know when it ships.",
        `Follow your order: ${link} (order number and this email address).`,
        "",
        "Thank you for supporting the people learning a trade behind these products.",
        "Warm regards,",
        "The Karya Binaan team",
      ].join("\n"),
    }
  }
  return {
    subject: `Pembayaran pesanan #${order.display_id} diterima – Karya Binaan`,
    text: [
      `Halo${name},`,
      "",
      `Transfer Anda sebesar ${amount} untuk pesanan #${order.display_id} sudah kami terima. Pesanan Anda kini LUNAS.`,
      "",
      "Pesanan kami teruskan ke kelompok binaan yang membuatnya; kami kabari lagi saat pesanan dikirim.",
      `Lacak pesanan Anda: ${link} (dengan nomor pesanan dan alamat email ini).`,
      "",
      "Terima kasih sudah mendukung warga binaan belajar berkarya.",
      "Salam hangat,",
      "Tim Karya Binaan",
    ].join("\n"),
  }
}
