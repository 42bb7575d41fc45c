import type { Metadata } from "next"
import { getPathname } from "@/i18n/navigation"
import { openGraphLocale } from "@/i18n/locale"
import { routing, type AppLocale } from "@/i18n/routing"

export type PageHref = Parameters<typeof getPathname>[0]["href"]

type PageMetadataInput = {
  locale: AppLocale
  href: PageHref
  title: string
  description: string
  /** Absolute URL of the page's picture: a product thumbnail or cohort image. */
  image?: string | null
  siteName: string
}

/**
 * Title, description, canonical URL, hreflang alternates and Open Graph for a
 * page. Pages build all of it here because Next replaces, not merges, a
 * parent's openGraph object.
 */
export function pageMetadata({ locale, href, title, description, image, siteName }: PageMetadataInput): Metadata {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, getPathname({ locale: l, href })]))
  const canonical = getPathname({ locale, href })
  return {
    title,
    description,
    alternates: { canonical, languages: { ...languages, "x-default": languages[routing.defaultLocale] } },
    openGraph: {
      type: "website",
      siteName,
      title,
      description,
      url: canonical,
      locale: openGraphLocale(locale),
      alternateLocale: routing.locales.filter((l) => l !== locale).map(openGraphLocale),
      images: image ? [{ url: image, alt: title }] : undefined,
    },
  }
}
