import type { BankTransfer } from "../../workflows/bank-transfer/bank-transfer"

/**
 * DEMO ONLY: a FICTIONAL bank account. "Bank Contoh Nusantara" does not exist
 * and the number belongs to nobody; an operator sets the real account in
 * Medusa Admin (Settings → Store → Metadata, keys `bank_transfer_*`).
 */
export const DEMO_BANK_TRANSFER: BankTransfer = {
  bank_name: "Bank Contoh Nusantara (DEMO, fiktif)",
  account_number: "0000-1234-5678",
  account_holder: "Yayasan Karya Binaan (rekening demo)",
  instructions: {
    id:
      "Transfer tepat sebesar total pesanan ke rekening di atas dan tulis nomor pesanan pada berita transfer. " +
      "Pesanan menunggu pembayaran sampai operator Karya Binaan mengonfirmasi transfer Anda, biasanya dalam 1 hari kerja. " +
      "Ini rekening DEMO: jangan mentransfer uang sungguhan.",
    en:
      "Transfer exactly the order total to the account above and write the order number in the transfer note. " +
      "The order awaits payment until a Karya Binaan operator confirms your transfer, usually within 1 working day. " +
      "This is a DEMO account: do not transfer real money.",
  },
}
