import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** The home page's way to the impact page. */
export function ImpactTeaser() {
  const t = useTranslations("Impact")
  return (
    <section aria-labelledby="impact-teaser" className="border-y border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 md:flex-row md:items-center md:justify-between">
        <div className="max-w-2xl">
          <h2 id="impact-teaser" className="text-2xl font-semibold">
            {t("homeTitle")}
          </h2>
          <p className="mt-2 text-muted">{t("homeBody")}</p>
        </div>
        <Link href="/impact" className="inline-block self-start rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark md:self-auto">
          {t("homeLink")}
        </Link>
      </div>
    </section>
  )
}
