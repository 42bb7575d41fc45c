"use client"

import { useLocale } from "next-intl"

/** Server actions cannot read the page's language, so each form sends it (see formLocale). */
export function LocaleInput() {
  return <input type="hidden" name="locale" value={useLocale()} />
}
