import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getCategory } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { categoryWithDescendantIds } from "@/lib/data/reshape-category"
import { pageMetadata } from "@/lib/metadata"
import { summarize } from "@/lib/util/text"
import { pageCount, parsePage, parseSort, type SearchParams } from "@/lib/util/catalog-params"
import { CategoryTemplate } from "@/modules/category/templates/category-template"

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<SearchParams> }

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

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ handle }, query, locale] = await Promise.all([params, searchParams, getLocale()])
  const found = await getCategory(handle, locale)
  if (!found) notFound()
  const sort = parseSort(query.sort)
  const page = parsePage(query.page)
  // A parent category lists its children's products too.
  const { products, count } = await listProducts(locale, { categoryIds: categoryWithDescendantIds(found.category), sort, page })
  return <CategoryTemplate {...found} products={products} count={count} page={page} totalPages={pageCount(count)} sort={sort} />
}
