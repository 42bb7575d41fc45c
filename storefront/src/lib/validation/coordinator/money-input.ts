/**
 * A rupiah amount as people type it: "15000", "15.000", "Rp 15.000" or "15,000"
 * (rupiah have no cents). Null when it holds no digits, or anything but
 * digits, separators and the Rp prefix.
 */
export function parseRupiah(input: string): number | null {
  const cleaned = input.trim().replace(/^rp\.?\s*/i, "")
  if (!/^\d[\d.,\s]*$/.test(cleaned)) return null
  // A decimal part (",50" / ".00") is not how rupiah are written; refuse it rather than multiply by 100.
  if (/[.,]\d{1,2}$/.test(cleaned)) return null
  return Number(cleaned.replace(/[.,\s]/g, ""))
}
