import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { notFound } from "next/navigation"
import * as rootParams from "next/root-params"
import { loadMessages } from "./messages"
import { routing } from "./routing"

/**
 * The [locale] segment while rendering a route. Server actions have no root
 * params (Next throws), so there the locale is the one the proxy put on the
 * request it rewrote (next-intl's `requestLocale`). That one reads the request
 * headers, which would make every page render per visitor: it is asked for
 * only when there is no root param, never while rendering a cached page.
 */
async function segmentLocale(requestLocale: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await rootParams.locale()
  } catch {
    return (await requestLocale()) ?? routing.defaultLocale
  }
}

export default getRequestConfig(async (params) => {
  // Not destructured: `params.requestLocale` is a getter that reads headers.
  let locale = params.locale
  if (!locale) {
    const segment = await segmentLocale(() => params.requestLocale)
    // The [locale] segment also catches unknown paths like /foo.txt: those are 404s.
    if (!hasLocale(routing.locales, segment)) notFound()
    locale = segment
  }
  return {
    locale,
    messages: await loadMessages(locale),
  }
})
