import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { FormState } from "@/lib/data/form-state"
import { FormNotice } from "@/modules/account/components/form-notice"
import { AuthTemplate } from "@/modules/account/templates/auth-template"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { InvitationForm } from "../components/invitation-form"

// Each portal's words for the page (…Invite) and for a refused form (…Form);
// the fields' own labels and errors are CoordinatorForm's in both.
const PORTALS = {
  coordinator: { words: "CoordinatorInvite", formWords: "CoordinatorForm", loginPage: "/coordinator/login" },
  outlet: { words: "OutletInvite", formWords: "OutletForm", loginPage: "/outlet/login" },
} as const

type Props = {
  portal: keyof typeof PORTALS
  token: string | undefined
  /** The open invitation: its email and what it is for (cohorts, an outlet); null when unknown, used or expired. */
  invite: { email: string; about: { label: string; value: ReactNode } } | null
  accept: (state: FormState, form: FormData) => Promise<FormState>
}

/** Where an invitation email's link lands: who is invited and for what, then name and password; or why the link no longer works. */
export async function InvitationTemplate({ portal, token, invite, accept }: Props) {
  const { words, formWords, loginPage } = PORTALS[portal]
  const t = await getTranslations(words)
  if (!token || !invite) {
    return (
      <AuthTemplate title={t("title")} notice={<FormNotice tone="error">{t("invalid")}</FormNotice>}>
        <Link href={loginPage} className="font-semibold text-maroon underline underline-offset-4">
          {t("toLogin")}
        </Link>
      </AuthTemplate>
    )
  }
  return (
    <AuthTemplate
      title={t("title")}
      intro={t("intro")}
      notice={
        <dl className="grid gap-2 rounded-md border border-line bg-white p-3 text-sm">
          <div>
            <dt className="font-semibold">{t("email")}</dt>
            <dd>{invite.email}</dd>
          </div>
          <div>
            <dt className="font-semibold">{invite.about.label}</dt>
            <dd>{invite.about.value}</dd>
          </div>
        </dl>
      }
    >
      <ClientMessages sections={formWords === "CoordinatorForm" ? [formWords] : ["CoordinatorForm", formWords]}>
        <InvitationForm token={token} email={invite.email} accept={accept} messages={formWords} />
      </ClientMessages>
    </AuthTemplate>
  )
}
