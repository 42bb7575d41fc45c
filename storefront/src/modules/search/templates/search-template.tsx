import { useLocale, useTranslations } from "next-intl"
import NextLink from "next/link"
import { getPathname, Link } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import type { Category } from "@/lib/types/category"
import type { ProductCard } from "@/lib/types/product"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductGrid } from "@/modules/common/components/product-grid"
import { SearchForm } from "../components/search-form"

type Props = {
  query: string
  products: ProductCard[]
  count: number
  page: number
  totalPages: number
  /** Offered when nothing matched, so a search never ends in a dead end. */
  categories: Category[]
  /** The query with its typos corrected ("kripik" → "keripik"), offered as "did you mean". */
  suggestion?: string | null
  /** Results that matched only through the other language's text: the shopper is offered that language. */
  otherLocaleCount?: number
}

export function SearchTemplate({ query, products, count, page, totalPages, categories, suggestion, otherLocaleCount = 0 }: Props) {
  const t = useTranslations("Search")
  const locale = useLocale()
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale
  const hrefFor = (n: number) => ({ pathname: "/search" as const, query: { q: query, ...(n > 1 ? { page: String(n) } : {}) } })
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold md:text-4xl">{query ? t("resultsFor", { query }) : t("title")}</h1>
      <SearchForm landmark={false} id="search-page-query" defaultValue={query} className="my-6 max-w-xl" />
      {!query ? <p className="text-muted">{t("prompt")}</p> : null}
      {query && suggestion ? (
        <p className="mb-3 text-lg" data-testid="search-suggestion">
          {t.rich("didYouMean", {
            suggestion,
            link: (chunks) => (
              <Link href={{ pathname: "/search", query: { q: suggestion } }} className="font-semibold text-maroon underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {query && otherLocaleCount > 0 ? (
        <p className="mb-4 rounded-md border border-line bg-sand px-3 py-2 text-sm" data-testid="search-other-language">
          {t("otherLanguage")}{" "}
          {/* A plain link: the other language's page is another locale's route tree. */}
          <NextLink
            href={getPathname({ locale: other, href: { pathname: "/search", query: { q: query } } })}
            hrefLang={other}
            className="font-semibold text-maroon underline"
          >
            {t("otherLanguageLink")}
          </NextLink>
        </p>
      ) : null}
      {query && products.length ? (
        <>
          <p className="mb-4 text-sm text-muted" aria-live="polite">
            {t("resultCount", { count })}
          </p>
          <ProductGrid products={products} withHeading atTop />
          <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
        </>
      ) : null}
      {query && !products.length ? (
        <section aria-labelledby="search-empty" className="rounded-lg border border-line bg-white p-6">
          <h2 id="search-empty" className="text-xl font-semibold">
            {t("emptyTitle")}
          </h2>
          <p className="mt-2 text-muted">{t("emptyBody")}</p>
          <ul className="mt-4 flex flex-wrap gap-2">
            {categories.flatMap((c) => [c, ...c.children]).map((category) => (
              <li key={category.id}>
                <Link
                  href={{ pathname: "/categories/[handle]", params: { handle: category.handle } }}
                  className="inline-block rounded-full border border-line bg-sand px-3 py-1.5 text-sm hover:border-maroon hover:text-maroon"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
