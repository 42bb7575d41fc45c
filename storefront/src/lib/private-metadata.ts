import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { pageMetadata, type PageHref } from "./metadata"

/** Title and links for a page about one person (account, login, an order): never indexed. */
export async function privatePageMetadata(href: PageHref, title: string): Promise<Metadata> {
  const [locale, meta] = await Promise.all([getLocale(), getTranslations("Metadata")])
  return {
    ...pageMetadata({ locale, href, title, description: meta("description"), siteName: meta("siteName") }),
    robots: { index: false, follow: false },
  }
}
