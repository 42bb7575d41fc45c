/** Indonesian words for what statements show: the CSV, the admin page and the portal use the same. */
export const BUCKET_LABELS: Record<string, string> = {
  participants: "Bagian peserta",
  material_fund: "Dana bahan kohort",
}

export const KIND_LABELS: Record<string, string> = {
  allocation: "Penjualan",
  reversal: "Pembatalan/pengembalian dana",
}
