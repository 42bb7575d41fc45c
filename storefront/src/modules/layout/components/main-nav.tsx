import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Category } from "@/lib/types/category"

/** Top categories and the cohorts section; scrolls sideways on narrow screens. */
export function MainNav({ categories }: { categories: Category[] }) {
  const t = useTranslations("Layout")
  // Small type on phones so all three links fit a 390 px screen; it scrolls sideways if not.
  const linkClass =
    "inline-block whitespace-nowrap px-2.5 py-3 text-[0.9375rem] font-medium text-ink underline-offset-4 hover:text-maroon hover:underline md:px-3 md:text-base"
  return (
    <nav aria-label={t("mainNav")} className="border-t border-line bg-sand">
      <ul className="mx-auto flex max-w-6xl overflow-x-auto px-1.5 md:px-1">
        {categories.map((category) => (
          <li key={category.id}>
            <Link className={linkClass} href={{ pathname: "/categories/[handle]", params: { handle: category.handle } }}>
              {category.name}
            </Link>
          </li>
        ))}
        <li>
          <Link className={linkClass} href={{ pathname: "/", hash: "kelompok" }}>
            {t("cohortsLink")}
          </Link>
        </li>
      </ul>
    </nav>
  )
}
