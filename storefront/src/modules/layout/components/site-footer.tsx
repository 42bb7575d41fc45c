import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export function SiteFooter() {
  const t = useTranslations("Footer")
  const lookup = useTranslations("OrderLookup")
  const impact = useTranslations("Impact")
  const sections = [
    { title: t("aboutTitle"), body: t("about") },
    { title: t("partnershipTitle"), body: t("partnership") },
    { title: t("privacyTitle"), body: t("privacy") },
  ]
  return (
    <footer className="on-dark mt-16 bg-maroon-dark text-cream">
      <div className="batik-kawung h-3" aria-hidden="true" />
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        {sections.map((section) => (
          <section key={section.title}>
            <h2 className="mb-2 font-serif text-lg font-semibold text-gold-light">{section.title}</h2>
            <p className="text-sm leading-relaxed">{section.body}</p>
          </section>
        ))}
      </div>
      <p className="flex flex-wrap justify-center gap-x-6 gap-y-2 px-4 pb-6 text-center text-sm">
        <Link href="/orders/lookup" className="font-semibold underline underline-offset-4">
          {lookup("footerLink")}
        </Link>
        <Link href="/impact" className="font-semibold underline underline-offset-4">
          {impact("footerLink")}
        </Link>
      </p>
      <p className="border-t border-white/20 px-4 py-4 text-center text-xs">
        {t("copyright", { year: new Date().getFullYear() })}
      </p>
    </footer>
  )
}
