import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { SearchForm } from "@/modules/search/components/search-form"

export function NotFoundTemplate() {
  const t = useTranslations("NotFound")
  return (
    <div className="batik-parang">
      <div className="mx-auto max-w-2xl space-y-6 px-4 py-16">
        <p className="font-serif text-6xl font-bold text-maroon" aria-hidden="true">
          404
        </p>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted">{t("body")}</p>
        <SearchForm landmark={false} id="not-found-search" className="max-w-md" />
        <Link href="/" className="inline-block font-semibold text-maroon underline underline-offset-4">
          {t("home")}
        </Link>
      </div>
    </div>
  )
}
