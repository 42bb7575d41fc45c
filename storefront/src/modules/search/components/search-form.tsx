import { useLocale, useTranslations } from "next-intl"
import { getPathname } from "@/i18n/navigation"

type Props = {
  defaultValue?: string
  className?: string
  id?: string
  /** Only the header's form is the page's search landmark; a second one would repeat it. */
  landmark?: boolean
}

/** A GET form to /cari (or /en/search): works without JavaScript. */
export function SearchForm({ defaultValue, className = "", id = "site-search", landmark = true }: Props) {
  const t = useTranslations("Layout")
  const locale = useLocale()
  return (
    <form role={landmark ? "search" : undefined} action={getPathname({ locale, href: "/search" })} className={`flex ${className}`}>
      <label htmlFor={id} className="sr-only">
        {t("searchLabel")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("searchPlaceholder")}
        className="min-w-0 flex-1 rounded-l-md border border-r-0 border-muted bg-white px-3 py-2 text-ink placeholder:text-muted"
      />
      <button type="submit" className="rounded-r-md bg-maroon px-4 py-2 font-semibold text-white hover:bg-maroon-dark">
        {t("searchSubmit")}
      </button>
    </form>
  )
}
