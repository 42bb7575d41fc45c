import { useLocale, useTranslations } from "next-intl"
import { getPathname } from "@/i18n/navigation"
import type { Category } from "@/lib/types/category"
import type { ProductCard } from "@/lib/types/product"
import { DEFAULT_SORT, type SortKey } from "@/lib/util/catalog-params"
import { Breadcrumbs } from "@/modules/common/components/breadcrumbs"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductGrid } from "@/modules/common/components/product-grid"
import { SortForm } from "../components/sort-form"
import { SubcategoryLinks } from "../components/subcategory-links"

type Props = {
  category: Category
  parent: Category | null
  products: ProductCard[]
  count: number
  page: number
  totalPages: number
  sort: SortKey
}

export function CategoryTemplate({ category, parent, products, count, page, totalPages, sort }: Props) {
  const t = useTranslations("Category")
  const locale = useLocale()
  const categoryHref = (handle: string) => ({ pathname: "/categories/[handle]" as const, params: { handle } })
  // Page links keep the chosen order; the default order stays out of the URL.
  const hrefFor = (n: number) => ({
    ...categoryHref(category.handle),
    query: { ...(n > 1 ? { page: String(n) } : {}), ...(sort !== DEFAULT_SORT ? { sort } : {}) },
  })
  const familyRoot = parent ?? category
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs
        crumbs={[...(parent ? [{ label: parent.name, href: categoryHref(parent.handle) }] : []), { label: category.name }]}
      />
      <header className="mb-6">
        <h1 className="text-3xl font-bold md:text-4xl">{category.name}</h1>
        {category.description ? <p className="mt-2 max-w-2xl text-muted">{category.description}</p> : null}
      </header>
      {familyRoot.children.length ? <SubcategoryLinks parent={familyRoot} currentHandle={category.handle} /> : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 border-y border-line py-3">
        <p className="text-sm text-muted" aria-live="polite">
          {t("productCount", { count })}
        </p>
        <SortForm action={getPathname({ locale, href: categoryHref(category.handle) })} sort={sort} />
      </div>
      {products.length ? <ProductGrid products={products} withHeading atTop /> : <p className="py-10 text-center text-muted">{t("empty")}</p>}
      <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
    </div>
  )
}
