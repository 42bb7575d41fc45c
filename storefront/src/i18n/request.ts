import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { notFound } from "next/navigation"
import * as rootParams from "next/root-params"
import { loadMessages } from "./messages"
import { routing } from "./routing"

export default getRequestConfig(async ({ locale }) => {
  if (!locale) {
    const segment = await rootParams.locale()
    // The [locale] segment also catches unknown paths like /foo.txt: those are 404s.
    if (!hasLocale(routing.locales, segment)) notFound()
    locale = segment
  }
  return {
    locale,
    messages: await loadMessages(locale),
  }
})
