import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getCategory } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { categoryWithDescendantIds } from "@/lib/data/reshape-category"
import { pageMetadata } from "@/lib/metadata"
import { summarize } from "@/lib/util/text"
import { pageCount, pageTarget, parsePage, parseSort } from "@/lib/util/catalog-params"
import { viewSearchParams } from "@/lib/util/catalog-view"
import { CategoryTemplate } from "@/modules/category/templates/category-template"

type Props = { params: Promise<{ handle: string; view?: string[] }> }

// Rendered once per category, language and view (page and sort) on first
// visit, then served from Next's cache until the backend revalidates it.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ handle }, locale, t] = await Promise.all([params, getLocale(), getTranslations("Metadata")])
  const found = await getCategory(handle, locale)
  if (!found) notFound()
  const { category } = found
  return pageMetadata({
    locale,
    href: { pathname: "/categories/[handle]", params: { handle } },
    title: category.name,
    description: summarize(category.description) || t("description"),
    siteName: t("siteName"),
  })
}

export default async function CategoryPage({ params }: Props) {
  const [{ handle, view }, locale] = await Promise.all([params, getLocale()])
  // ?page= and ?sort= arrive as the view segment made of them (i18n/address-rules.ts; for a server action, the proxy).
  const query = viewSearchParams("categories", view)
  const found = query && (await getCategory(handle, locale))
  if (!query || !found) notFound()
  const sort = parseSort(query.sort)
  const page = parsePage(query.page)
  // A parent category lists its children's products too.
  const { products, count } = await listProducts(locale, { categoryIds: categoryWithDescendantIds(found.category), sort, page })
  const totalPages = pageCount(count)
  // A page this category does not have (past the last, 0, -1, abc) is not found:
  // the page is cached per view, and a redirect from a cached render came out
  // with its Location header twice, so a 404 is the answer that stays correct.
  if (pageTarget(query.page, totalPages).redirectTo !== null) notFound()
  return <CategoryTemplate {...found} products={products} count={count} page={page} totalPages={totalPages} sort={sort} />
}
