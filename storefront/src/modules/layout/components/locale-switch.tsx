"use client"

import { useLocale } from "next-intl"
import NextLink from "next/link"
import { useParams, useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { getPathname, usePathname } from "@/i18n/navigation"
import type { PageHref } from "@/lib/metadata"
import { routing, type AppLocale } from "@/i18n/routing"

type Props = { label: string; description: string }

/**
 * A plain link to this same page in the other language (/produk/x ↔
 * /en/products/x), keeping ?q=, ?variant= and the like. Works without JS.
 */
export function LocaleSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} query={{}} />}>
      <SwitchWithQuery {...props} />
    </Suspense>
  )
}

function SwitchWithQuery(props: Props) {
  const query = Object.fromEntries(useSearchParams().entries())
  return <SwitchLink {...props} query={query} />
}

function SwitchLink({ label, description, query }: Props & { query: Record<string, string> }) {
  const locale = useLocale()
  const pathname = usePathname()
  const params = useParams()
  const other: AppLocale = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale
  // The pathname and params always belong together: both describe the current route.
  // getPathname gives the final address (/cari, not /id/cari), so no redirect follows.
  const search = Object.keys(query).length ? { query } : {}
  const href = getPathname({ locale: other, href: { pathname, params, ...search } as PageHref })
  return (
    <NextLink
      href={href}
      // The other language is seldom wanted; prefetching it would render a second uncached page on every first visit.
      prefetch={false}
      hrefLang={other}
      lang={other}
      title={description}
      className="whitespace-nowrap rounded-full border border-maroon px-3 py-1.5 text-sm font-semibold text-maroon hover:bg-maroon hover:text-white"
    >
      {label}
    </NextLink>
  )
}
