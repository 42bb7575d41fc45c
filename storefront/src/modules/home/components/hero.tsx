import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** Who makes these goods and who stands behind the programme. */
export function Hero() {
  const t = useTranslations("Home")
  return (
    <section aria-labelledby="hero-title" className="batik-parang border-b border-line">
      <div className="mx-auto max-w-6xl px-4 py-12 md:py-20">
        <p className="mb-3 text-sm font-semibold tracking-wide text-maroon uppercase">{t("eyebrow")}</p>
        <h1 id="hero-title" className="max-w-3xl text-4xl leading-tight font-bold md:text-5xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-5 max-w-2xl text-lg leading-relaxed text-muted">{t("heroBody")}</p>
        <Link
          href={{ pathname: "/", hash: "kelompok" }}
          className="mt-8 inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark"
        >
          {t("heroCta")}
        </Link>
      </div>
    </section>
  )
}
