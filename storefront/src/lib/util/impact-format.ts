import type { AppLocale } from "@/i18n/routing"
import { JAKARTA_TIME_ZONE } from "./jakarta-time"

const intlLocale = (locale: AppLocale) => (locale === "id" ? "id-ID" : "en-US")

/** "2026-06" → "Jun 2026" (Indonesian "Jun 2026", "Agu 2026"): the charts' and tables' month label. */
export function formatMonth(month: string, locale: AppLocale): string {
  const [year, mon] = month.split("-").map(Number)
  if (!year || !mon) return month
  // Noon UTC on the 15th is the same month in Jakarta whatever the server's zone.
  const date = new Date(Date.UTC(year, mon - 1, 15, 12))
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "short", year: "numeric", timeZone: JAKARTA_TIME_ZONE }).format(date)
}

/**
 * Short rupiah for a chart's axis, where "Rp 12.345.000" does not fit:
 * "Rp 12,3 jt" in Indonesian, "Rp 12.3M" in English. Tables keep the full amount.
 */
export function compactRupiah(amount: number, locale: AppLocale): string {
  const number = new Intl.NumberFormat(intlLocale(locale), { notation: "compact", maximumFractionDigits: 1 }).format(amount)
  return `Rp ${number}`
}

/** Whole percent of a part, or null when the whole is unknown (suppressed) or zero. */
export function percentOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null
  return Math.round((part / whole) * 100)
}

/** A whole number in the reader's convention ("1.234" / "1,234"). */
export function formatCount(value: number, locale: AppLocale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value)
}
