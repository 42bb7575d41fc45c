import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { outletLogout } from "@/lib/data/outlet/actions"
import type { OutletSession } from "@/lib/types/outlet"
import { LocaleSwitch } from "@/modules/layout/components/locale-switch"
import { PortalNav } from "./portal-nav"

/** The outlet portal's own header: no shop search or cart; the outlet's name and sections instead. Not printed. */
export async function OutletHeader({ session }: { session: OutletSession | null }) {
  const [t, layout] = await Promise.all([getTranslations("OutletNav"), getTranslations("Layout")])
  return (
    <header className="border-b border-line bg-cream print:hidden">
      <div className="batik-kawung h-2" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href={session ? "/outlet" : "/outlet/login"} className="mr-auto flex flex-col leading-tight">
          <span className="font-serif text-xl font-bold text-maroon">Karya Binaan</span>
          <span className="text-xs text-muted">{t("portal")}</span>
        </Link>
        {session ? <span className="text-sm font-semibold">{session.outlet.name}</span> : null}
        <div className="flex items-center gap-3">
          <LocaleSwitch label={layout("switchLanguage")} description={layout("switchLanguageLabel")} />
          {session ? (
            <form action={outletLogout}>
              <button type="submit" className="text-sm font-semibold text-maroon underline underline-offset-4">
                {t("logout")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
      {session ? <PortalNav /> : null}
    </header>
  )
}
