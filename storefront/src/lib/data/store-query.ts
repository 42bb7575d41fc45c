import { backendLocale } from "@/i18n/locale"
import type { AppLocale } from "@/i18n/routing"

export type QueryValue = string | number | readonly string[] | undefined

/**
 * The query of a store API call with its locale: English asks for
 * `locale=en-US`; Indonesian, the data's base language, sends none.
 * Undefined values are left out rather than sent as empty strings.
 */
export function storeQuery(locale: AppLocale | undefined, query: Record<string, QueryValue> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) out[key] = value
  }
  const language = locale && backendLocale(locale)
  if (language) out.locale = language
  return out
}
