import type { PriceRange } from "@/lib/types/product"

// Indonesian conventions in both languages: "Rp 25.000" (with a no-break space),
// whole rupiah, since the shop only sells in IDR.
const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
})

/** The one money formatter: whole rupiah, e.g. 25000 → "Rp 25.000". */
export function formatRupiah(amount: number): string {
  return rupiah.format(amount)
}

/** Lowest and highest of the known prices, or null when none is known. */
export function priceRange(prices: readonly (number | null | undefined)[]): PriceRange | null {
  const known = prices.filter((p): p is number => typeof p === "number")
  if (!known.length) return null
  return { min: Math.min(...known), max: Math.max(...known) }
}
