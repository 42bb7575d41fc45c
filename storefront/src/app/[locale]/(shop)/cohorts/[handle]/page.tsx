import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getCohort } from "@/lib/data/cohorts"
import { listProducts } from "@/lib/data/products"
import { pageMetadata } from "@/lib/metadata"
import { summarize } from "@/lib/util/text"
import { CohortTemplate } from "@/modules/cohort/templates/cohort-template"

type Props = { params: Promise<{ handle: string }> }

// A cohort makes a handful of products: one page shows them all.
const COHORT_PRODUCT_LIMIT = 48

// Rendered once per cohort and language on first visit, then served from
// Next's cache to everyone until the backend revalidates the catalog.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ handle }, locale, t] = await Promise.all([params, getLocale(), getTranslations("Metadata")])
  const cohort = await getCohort(handle, locale)
  if (!cohort) notFound()
  return pageMetadata({
    locale,
    href: { pathname: "/cohorts/[handle]", params: { handle } },
    title: cohort.name,
    description: summarize(`${cohort.tagline} ${cohort.story}`),
    image: cohort.imageUrl,
    siteName: t("siteName"),
  })
}

export default async function CohortPage({ params }: Props) {
  const [{ handle }, locale] = await Promise.all([params, getLocale()])
  const cohort = await getCohort(handle, locale)
  if (!cohort) notFound()
  const { products } = await listProducts(locale, { cohortId: cohort.id, limit: COHORT_PRODUCT_LIMIT })
  return <CohortTemplate cohort={cohort} products={products} />
}
