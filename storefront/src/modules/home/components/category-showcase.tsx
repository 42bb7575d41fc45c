import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Category } from "@/lib/types/category"
import { SectionHeading } from "@/modules/common/components/section-heading"

/** The two lines of goods, each with its subcategories. */
export function CategoryShowcase({ categories }: { categories: Category[] }) {
  const t = useTranslations("Home")
  return (
    <section aria-labelledby="categories-title" className="mx-auto max-w-6xl px-4 py-10">
      <SectionHeading id="categories-title">{t("categoriesTitle")}</SectionHeading>
      <ul className="grid gap-4 md:grid-cols-2">
        {categories.map((category) => (
          <li key={category.id} className="flex flex-col rounded-lg border border-line bg-white p-5">
            <h3 className="text-xl font-semibold">
              <Link
                href={{ pathname: "/categories/[handle]", params: { handle: category.handle } }}
                className="text-maroon underline-offset-4 hover:underline"
              >
                {category.name}
              </Link>
            </h3>
            <p className="mt-2 text-sm text-muted">{category.description}</p>
            {category.children.length ? (
              <ul aria-label={t("subcategoriesLabel", { category: category.name })} className="mt-4 flex flex-wrap gap-2">
                {category.children.map((child) => (
                  <li key={child.id}>
                    <Link
                      href={{ pathname: "/categories/[handle]", params: { handle: child.handle } }}
                      className="inline-block rounded-full border border-line bg-sand px-3 py-1.5 text-sm hover:border-maroon hover:text-maroon"
                    >
                      {child.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
