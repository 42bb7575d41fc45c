import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { coordinatorLogout } from "@/lib/data/coordinator/auth-actions"
import type { CohortRef, Coordinator } from "@/lib/types/coordinator"
import { LocaleSwitch } from "@/modules/layout/components/locale-switch"
import { CohortSwitcher } from "./cohort-switcher"
import { PortalNav } from "./portal-nav"

type Props = { coordinator: Coordinator | null; cohort: CohortRef | null }

/** The portal's own header: no shop search or cart, the coordinator's cohort and sections instead. */
export async function PortalHeader({ coordinator, cohort }: Props) {
  const [t, layout] = await Promise.all([getTranslations("CoordinatorNav"), getTranslations("Layout")])
  return (
    <header className="border-b border-line bg-cream print:hidden">
      <div className="batik-kawung h-2" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href={coordinator ? "/coordinator" : "/coordinator/login"} className="mr-auto flex flex-col leading-tight">
          <span className="font-serif text-xl font-bold text-maroon">Karya Binaan</span>
          <span className="text-xs text-muted">{t("portal")}</span>
        </Link>
        {coordinator ? <CohortSwitcher cohorts={coordinator.cohorts} active={cohort} /> : null}
        <div className="flex items-center gap-3">
          <LocaleSwitch label={layout("switchLanguage")} description={layout("switchLanguageLabel")} />
          {coordinator ? (
            <form action={coordinatorLogout}>
              <button type="submit" className="text-sm font-semibold text-maroon underline underline-offset-4">
                {t("logout")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
      {coordinator ? <PortalNav /> : null}
    </header>
  )
}
