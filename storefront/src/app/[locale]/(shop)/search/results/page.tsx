import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { listCategories } from "@/lib/data/categories"
import { searchProducts, type SearchResults } from "@/lib/data/search"
import { pageMetadata } from "@/lib/metadata"
import { pageCount, parsePage, parseQuery, type SearchParams } from "@/lib/util/catalog-params"
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
  return (
    <SearchTemplate
      query={query}
      products={results.products}
      count={results.count}
      page={page}
      totalPages={pageCount(results.count)}
      categories={categories}
      suggestion={results.suggestion}
      otherLocaleCount={results.otherLocaleCount}
    />
  )
}
