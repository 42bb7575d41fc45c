import { useTranslation } from "react-i18next"
import { formatRupiah } from "../../lib/rupiah"

/**
 * Our pages' texts live in their own namespace (src/admin/i18n), so a key of
 * ours never shadows one of the dashboard's. Route configs repeat it as a
 * literal: the admin build reads `translationNs` from the source text.
 */
export const KARYA_NS = "karya"

/** A translation function as the helpers below take it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** The Admin's language code as a BCP 47 tag ("id" → "id-ID", "ptBR" → "pt-BR"), as the dashboard tags <html lang>. */
export const localeOf = (language: string) => (language === "id" ? "id-ID" : language.replace(/([a-z])([A-Z])/g, "$1-$2"))

/** Numbers, money and dates in the Admin's language; money is always whole rupiah. */
export function formatters(language: string) {
  const locale = localeOf(language)
  return {
    // One rupiah format in every language ("Rp 25.000", Indonesian grouping, no "IDR"):
    // the programme's money is rupiah, and operators compare it with the shop and the emails.
    money: (amount: number) => formatRupiah(amount),
    number: (n: number) => n.toLocaleString(locale),
    /** Chart axes: "1,2 jt" / "1.2M". */
    compact: (n: number) => n.toLocaleString(locale, { notation: "compact", maximumFractionDigits: 1 }),
    /** 1.500 basis points → "15%". */
    percent: (basisPoints: number) => `${(basisPoints / 100).toLocaleString(locale, { maximumFractionDigits: 2 })}%`,
    /** A calendar day in Jakarta, where the programme runs: "1 Juni 2031", "June 1, 2031". */
    day: (iso: string | Date) => new Date(iso).toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" }),
    /** A moment in the operator's own time zone. */
    dateTime: (iso: string | Date) => new Date(iso).toLocaleString(locale),
  }
}

export type Formatters = ReturnType<typeof formatters>

/** `t` for our namespace, and formatters for the language the Admin is in. */
export function useKaryaTranslation() {
  const { t, i18n } = useTranslation(KARYA_NS)
  return { t, format: formatters(i18n.language ?? "en") }
}
