import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { listCategories } from "@/lib/data/categories"
import { searchProducts, type SearchResults } from "@/lib/data/search"
import { pageMetadata } from "@/lib/metadata"
import { redirect } from "@/i18n/navigation"
import { pageCount, pageTarget, parsePage, parseQuery, type SearchParams } from "@/lib/util/catalog-params"
import { SearchTemplate } from "@/modules/search/templates/search-template"

type Props = { searchParams: Promise<SearchParams> }

export async function generateMetadata(): Promise<Metadata> {
  const [locale, t, meta] = await Promise.all([getLocale(), getTranslations("Search"), getTranslations("Metadata")])
  return {
    ...pageMetadata({ locale, href: "/search", title: t("metaTitle"), description: meta("description"), siteName: meta("siteName") }),
    // Result pages are endless variations of one page: keep them out of search engines.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const [params, locale] = await Promise.all([searchParams, getLocale()])
  const query = parseQuery(params.q)
  const page = parsePage(params.page)
  const [results, categories] = await Promise.all([
    query ? searchProducts(locale, query, page) : Promise.resolve<SearchResults>({ products: [], count: 0, suggestion: null, otherLocaleCount: 0 }),
    listCategories(locale),
  ])
  const totalPages = pageCount(results.count)
  const { redirectTo } = pageTarget(query ? params.page : undefined, totalPages)
  // Rendered per request, so a redirect is safe here: past the end to the last page, junk to the first.
  if (redirectTo !== null) redirect({ href: { pathname: "/search", query: { q: query, ...(redirectTo > 1 ? { page: String(redirectTo) } : {}) } }, locale })
  return (
    <SearchTemplate
      query={query}
      products={results.products}
      count={results.count}
      page={page}
      totalPages={totalPages}
      categories={categories}
      suggestion={results.suggestion}
      otherLocaleCount={results.otherLocaleCount}
    />
  )
}
