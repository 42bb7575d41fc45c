import type { UnplacedPaymentReason } from "@karya-binaan/contract"
import { formatRupiah } from "../../../lib/rupiah"

export const PAYMENT_REFUNDED_TEMPLATE = "payment-refunded"

/** One list of reasons with the Admin's view of these refunds. */
export type PaymentRefundReason = UnplacedPaymentReason

const WHY: Record<PaymentRefundReason, { id: string; en: string }> = {
  out_of_stock: {
    id: "Stok barang di keranjang Anda habis saat pembayaran diproses, sehingga pesanan tidak dapat dibuat.",
    en: "An item in your cart sold out while your payment was being processed, so no order could be placed.",
  },
  already_paid: {
    id: "Keranjang ini sudah dibayar dengan cara lain, sehingga pembayaran kedua tidak diperlukan.",
    en: "This cart had already been paid another way, so the second payment was not needed.",
  },
}

/** The email telling a shopper their Midtrans payment went back, in Indonesian then English, as plain text. */
export function renderPaymentRefunded(input: { amount: number; reason: PaymentRefundReason; reference: string }) {
  const why = WHY[input.reason]
  const text = [
    "Halo,",
    "",
    why.id,
    `Pembayaran Anda sebesar ${formatRupiah(input.amount)} sudah kami kembalikan melalui Midtrans ke sumber dana yang Anda pakai.`,
    "Waktu sampainya dana bergantung pada bank atau dompet digital Anda.",
    `Nomor referensi: ${input.reference}`,
    "",
    "Salam hangat,",
    "Tim Karya Binaan",
    "",
    "---",
    "",
    "Hello,",
    "",
    why.en,
    `Your payment of ${formatRupiah(input.amount)} has been refunded through Midtrans to the account or wallet you paid from.`,
    "When it arrives depends on your bank or e-wallet.",
    `Reference: ${input.reference}`,
    "",
    "Kind regards,",
    "Karya Binaan",
  ].join("\n")
  return { subject: "Pembayaran Anda dikembalikan / Your payment was refunded – Karya Binaan", text }
}
