import { useTranslations } from "next-intl"
import { Link, type AppHref } from "@/i18n/navigation"

type Props = {
  page: number
  totalPages: number
  /** The address of a given page, with the list's other params kept. */
  hrefFor: (page: number) => AppHref
}

/** Real links (?page=N), so every page of a list can be reached and shared without JS. */
export function Pagination({ page, totalPages, hrefFor }: Props) {
  const t = useTranslations("Pagination")
  if (totalPages <= 1) return null
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1)
  const step = "rounded-md border border-line px-3 py-2 hover:border-maroon hover:text-maroon"
  return (
    <nav aria-label={t("label")} className="mt-8 flex flex-wrap items-center justify-center gap-2">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={step}>
          {t("previous")}
        </Link>
      ) : null}
      <ul className="flex flex-wrap gap-1">
        {pages.map((n) => (
          <li key={n}>
            <Link
              href={hrefFor(n)}
              aria-current={n === page ? "page" : undefined}
              aria-label={t("page", { page: n })}
              className={`inline-block min-w-10 rounded-md border px-3 py-2 text-center ${
                n === page ? "border-maroon bg-maroon font-semibold text-white" : "border-line hover:border-maroon"
              }`}
            >
              {n}
            </Link>
          </li>
        ))}
      </ul>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={step}>
          {t("next")}
        </Link>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {t("status", { page, total: totalPages })}
      </p>
    </nav>
  )
}
