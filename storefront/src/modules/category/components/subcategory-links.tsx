import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Category } from "@/lib/types/category"

/** Sibling subcategories under one parent; the current one is marked. */
export function SubcategoryLinks({ parent, currentHandle }: { parent: Category; currentHandle: string }) {
  const t = useTranslations("Category")
  const chip = "inline-block rounded-full border px-3 py-1.5 text-sm"
  const links = [parent, ...parent.children]
  return (
    <nav aria-label={t("subcategoriesLabel")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {links.map((category) => {
          const current = category.handle === currentHandle
          return (
            <li key={category.id}>
              <Link
                href={{ pathname: "/categories/[handle]", params: { handle: category.handle } }}
                aria-current={current ? "page" : undefined}
                className={`${chip} ${current ? "border-maroon bg-maroon text-white" : "border-line bg-white hover:border-maroon hover:text-maroon"}`}
              >
                {category === parent ? t("allProducts", { category: parent.name }) : category.name}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
