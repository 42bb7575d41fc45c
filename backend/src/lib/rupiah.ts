/** `Rp 25.000`: whole rupiah with dots between thousands, as Indonesian shoppers write prices. */
export function formatRupiah(amount: number | string | { valueOf(): number }): string {
  const value = Math.round(Number(typeof amount === "object" ? amount.valueOf() : amount))
  const digits = Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")
  return `${value < 0 ? "-" : ""}Rp ${digits}`
}
