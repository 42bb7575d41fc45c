import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { getImpact } from "@/lib/data/impact"
import { pageMetadata } from "@/lib/metadata"
import { ImpactTemplate } from "@/modules/impact/templates/impact-template"

// Rendered once per language on first visit, then served from Next's cache to
// everyone until the backend revalidates the `impact` tag.
export function generateStaticParams() {
  return []
}

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t, meta] = await Promise.all([getLocale(), getTranslations("Impact"), getTranslations("Metadata")])
  return pageMetadata({ locale, href: "/impact", title: t("metaTitle"), description: t("metaDescription"), siteName: meta("siteName") })
}

export default async function ImpactPage() {
  return <ImpactTemplate impact={await getImpact()} />
}
