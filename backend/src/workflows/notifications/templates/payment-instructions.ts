import type { MidtransSessionData } from "@karya-binaan/contract"
import type { EmailLocale } from "./email-locale"
import { paymentMethodLabel } from "./payment-methods"
import { formatRupiah } from "../../../lib/rupiah"

export const PAYMENT_INSTRUCTIONS_TEMPLATE = "payment-instructions"

export type PaymentInstructionsInput = {
  locale: EmailLocale
  provider_id: string
  data: MidtransSessionData
  /** The pay page of this cart (/bayar/<cart> or /en/pay/<cart>). */
  pay_url: string
}

const deadline = (iso: string, locale: EmailLocale) =>
  `${new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(new Date(iso))} WIB`

const COPY = {
  id: {
    subject: "Selesaikan pembayaran Anda – Karya Binaan",
    hello: "Halo,",
    intro: "Terima kasih sudah berbelanja karya warga binaan. Pesanan Anda dibuat begitu pembayaran ini kami terima:",
    method: "Cara bayar",
    amount: "Jumlah",
    until: "Bayar sebelum",
    va: "Nomor virtual account",
    billerCode: "Kode perusahaan",
    billKey: "Kode bayar",
    scan: "Buka halaman pembayaran untuk memindai kode QR atau membuka aplikasi dompet digital Anda:",
    open: "Halaman pembayaran (nomor, langkah per bank, dan status pembayaran):",
    after: "Setelah dibayar, halaman itu berpindah sendiri ke konfirmasi pesanan dan kami mengirim email konfirmasi. Bila lewat batas waktu, Anda dapat memilih cara bayar lain di halaman yang sama.",
    bye: ["Salam hangat,", "Tim Karya Binaan"],
  },
  en: {
    subject: "Complete your payment – Karya Binaan",
    hello: "Hello,",
    intro: "Thank you for buying work made by people in the programme. Your order is placed as soon as we receive this payment:",
    method: "Method",
    amount: "Amount",
    until: "Pay before",
    va: "Virtual account number",
    billerCode: "Company code",
    billKey: "Payment code",
    scan: "Open the payment page to scan the QR code or open your e-wallet app:",
    open: "Payment page (the number, each bank's steps, and the payment's status):",
    after: "Once paid, that page moves to the order confirmation by itself and we email the confirmation. If the time runs out, you can choose another way to pay on the same page.",
    bye: ["Kind regards,", "Karya Binaan"],
  },
} as const

/**
 * The email a shopper gets when a QRIS, e-wallet or virtual-account charge is
 * created: the order exists only once Midtrans says it is paid, so this is the
 * way back to the pay page after a closed tab, in the shopper's language.
 */
export function renderPaymentInstructions(input: PaymentInstructionsInput) {
  const copy = COPY[input.locale]
  const { data } = input
  const code =
    data.method === "va"
      ? data.bill_key
        ? [`${copy.billerCode}: ${data.biller_code ?? ""}`, `${copy.billKey}: ${data.bill_key}`]
        : [`${copy.va}: ${data.va_number ?? ""}`]
      : []
  const text = [
    copy.hello,
    "",
    copy.intro,
    "",
    `${copy.method}: ${paymentMethodLabel(input.provider_id, input.locale)}`,
    `${copy.amount}: ${formatRupiah(data.amount)}`,
    ...code,
    `${copy.until}: ${deadline(data.expires_at, input.locale)}`,
    "",
    data.method === "va" ? copy.open : copy.scan,
    input.pay_url,
    "",
    copy.after,
    "",
    ...copy.bye,
  ].join("\n")
  return { subject: copy.subject, text }
}
