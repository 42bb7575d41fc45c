import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { LocaleSwitch } from "@/modules/layout/components/locale-switch"
import type { Portal } from "../portal"
import { PortalNav } from "./portal-nav"

type Props = {
  portal: Portal
  signedIn: boolean
  /** Who is logged in, beside the logo: the coordinator's cohort switcher, the outlet's name. */
  identity?: ReactNode
}

/** A portal's own header: no shop search or cart; who is logged in and the portal's sections instead. Not printed. */
export async function PortalHeader({ portal, signedIn, identity }: Props) {
  const t = await getTranslations()
  return (
    <header className="border-b border-line bg-cream print:hidden">
      <div className="batik-kawung h-2" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href={signedIn ? portal.home : portal.loginPage} className="mr-auto flex flex-col leading-tight">
          <span className="font-serif text-xl font-bold text-maroon">Karya Binaan</span>
          <span className="text-xs text-muted">{t(`${portal.words.nav}.portal`)}</span>
        </Link>
        {signedIn ? identity : null}
        <div className="flex items-center gap-3">
          <LocaleSwitch label={t("Layout.switchLanguage")} description={t("Layout.switchLanguageLabel")} />
          {signedIn ? (
            <form action={portal.logout}>
              <button type="submit" className="text-sm font-semibold text-maroon underline underline-offset-4">
                {t(`${portal.words.nav}.logout`)}
              </button>
            </form>
          ) : null}
        </div>
      </div>
      {signedIn ? (
        <PortalNav label={t(`${portal.words.nav}.label`)} sections={portal.sections.map((s) => ({ ...s, label: t(s.label) }))} />
      ) : null}
    </header>
  )
}
