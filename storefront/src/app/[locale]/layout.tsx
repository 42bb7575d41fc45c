import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getLocale, getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { siteUrl } from "@/lib/env"
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
// The shop's header and footer live in (shop)/layout.tsx; the coordinator
// portal has its own in coordinator/layout.tsx. Both render <main id="main">.
export default async function LocaleLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  const messages = await getMessages()
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-cream text-ink antialiased">
        {/* Client components only need the error page's words. */}
        <NextIntlClientProvider messages={{ Error: messages.Error }}>
          <SkipLink />
          <>{children}</>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
