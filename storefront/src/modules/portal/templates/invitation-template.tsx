import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { FormNotice } from "@/modules/account/components/form-notice"
import { AuthTemplate } from "@/modules/account/templates/auth-template"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { formSections, type Portal } from "../portal"
import { InvitationForm } from "../components/invitation-form"

type Props = {
  portal: Portal
  token: string | undefined
  /** The open invitation: its email and what it is for (cohorts, an outlet); null when unknown, used or expired. */
  invite: { email: string; about: { label: string; value: ReactNode } } | null
}

/** Where an invitation email's link lands: who is invited and for what, then name and password; or why the link no longer works. */
export async function InvitationTemplate({ portal, token, invite }: Props) {
  const t = await getTranslations()
  const words = portal.words.invite
  if (!token || !invite) {
    return (
      <AuthTemplate title={t(`${words}.title`)} notice={<FormNotice tone="error">{t(`${words}.invalid`)}</FormNotice>}>
        <Link href={portal.loginPage} className="font-semibold text-maroon underline underline-offset-4">
          {t(`${words}.toLogin`)}
        </Link>
      </AuthTemplate>
    )
  }
  return (
    <AuthTemplate
      title={t(`${words}.title`)}
      intro={t(`${words}.intro`)}
      notice={
        <dl className="grid gap-2 rounded-md border border-line bg-white p-3 text-sm">
          <div>
            <dt className="font-semibold">{t(`${words}.email`)}</dt>
            <dd>{invite.email}</dd>
          </div>
          <div>
            <dt className="font-semibold">{invite.about.label}</dt>
            <dd>{invite.about.value}</dd>
          </div>
        </dl>
      }
    >
      <ClientMessages sections={formSections(portal)}>
        <InvitationForm token={token} email={invite.email} accept={portal.acceptInvitation} messages={portal.words.form} />
      </ClientMessages>
    </AuthTemplate>
  )
}
