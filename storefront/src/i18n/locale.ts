import type { AppLocale } from "./routing"

/**
 * Catalog data is Indonesian at the source; English comes from Medusa's
 * Translation module. Indonesian therefore needs no locale parameter at all.
 */
const BACKEND_LOCALE: Record<AppLocale, string | undefined> = {
  id: undefined,
  en: "en-US",
}

export function backendLocale(locale: AppLocale): string | undefined {
  return BACKEND_LOCALE[locale]
}

/** Open Graph wants language_TERRITORY. */
export function openGraphLocale(locale: AppLocale): string {
  return locale === "id" ? "id_ID" : "en_US"
}
