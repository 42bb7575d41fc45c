import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getLocale, getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { siteUrl } from "@/lib/env"
import { CartLink } from "@/modules/layout/components/cart-link"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"
import { SkipLink } from "@/modules/layout/components/skip-link"
import "@/styles/globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata")
  return {
    metadataBase: siteUrl(),
    applicationName: t("siteName"),
    title: { template: t("titleTemplate"), default: t("defaultTitle") },
    description: t("description"),
  }
}

// The root layout: [locale] is a root param, validated in src/i18n/request.ts.
export default async function LocaleLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  const messages = await getMessages()
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-cream text-ink antialiased">
        {/* Client components only need the error page's words. */}
        <NextIntlClientProvider messages={{ Error: messages.Error }}>
          <SkipLink />
          <SiteHeader cartSlot={<CartLink />} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
