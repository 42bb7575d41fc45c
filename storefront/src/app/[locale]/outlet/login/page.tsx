import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect as redirectTo } from "next/navigation"
import { redirect } from "@/i18n/navigation"
import { getOutletSession } from "@/lib/data/outlet/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { safeNextPath } from "@/lib/util/next-path"
import { FormNotice } from "@/modules/account/components/form-notice"
import { AuthTemplate } from "@/modules/account/templates/auth-template"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { OutletLoginForm } from "@/modules/outlet/components/login-form"

type Props = { searchParams: Promise<{ next?: string; loggedOut?: string; expired?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet/login", (await getTranslations("OutletLogin"))("title"))
}

export default async function OutletLoginPage({ searchParams }: Props) {
  const [params, t, locale, session] = await Promise.all([searchParams, getTranslations("OutletLogin"), getLocale(), getOutletSession()])
  const next = safeNextPath(params.next) ?? undefined
  if (session) {
    if (next) redirectTo(next)
    redirect({ href: "/outlet", locale })
  }
  const notice = params.loggedOut ? <FormNotice tone="success">{t("loggedOut")}</FormNotice> : params.expired ? <FormNotice tone="error">{t("expired")}</FormNotice> : null
  return (
    <AuthTemplate title={t("title")} intro={t("intro")} notice={notice} footer={<p>{t("inviteOnly")}</p>}>
      <ClientMessages sections={["CoordinatorForm", "OutletForm"]}>
        <OutletLoginForm next={next} />
      </ClientMessages>
    </AuthTemplate>
  )
}
