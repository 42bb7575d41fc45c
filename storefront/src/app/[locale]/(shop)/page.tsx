import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { listCategories } from "@/lib/data/categories"
import { listCohorts } from "@/lib/data/cohorts"
import { listProducts } from "@/lib/data/products"
import { pageMetadata } from "@/lib/metadata"
import { HomeTemplate } from "@/modules/home/templates/home-template"

const FEATURED_COUNT = 8

// Rendered once per language on first visit (the build needs no backend), then
// served from Next's cache to everyone until the backend revalidates the catalog.
export function generateStaticParams() {
  return []
}

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Metadata")])
  const home = await getTranslations("Home")
  return pageMetadata({ locale, href: "/", title: home("metaTitle"), description: t("description"), siteName: t("siteName") })
}

export default async function HomePage() {
  const locale = await getLocale()
  const [categories, cohorts, featured] = await Promise.all([
    listCategories(locale),
    listCohorts(locale),
    listProducts(locale, { sort: "newest", limit: FEATURED_COUNT }),
  ])
  return <HomeTemplate categories={categories} cohorts={cohorts} featured={featured.products} />
}
