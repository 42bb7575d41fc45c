import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getInvitation } from "@/lib/data/coordinator/invitations"
import { privatePageMetadata } from "@/lib/private-metadata"
import { FormNotice } from "@/modules/account/components/form-notice"
import { AuthTemplate } from "@/modules/account/templates/auth-template"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { InvitationForm } from "@/modules/coordinator/components/invitation-form"

type Props = { searchParams: Promise<{ token?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/invitation", (await getTranslations("CoordinatorInvite"))("title"))
}

/** Where the invitation email's link lands: who is invited, for which cohorts, then name and password. */
export default async function InvitationPage({ searchParams }: Props) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("CoordinatorInvite")])
  const invite = token ? await getInvitation(token) : null
  if (!token || !invite) {
    return (
      <AuthTemplate title={t("title")} notice={<FormNotice tone="error">{t("invalid")}</FormNotice>}>
        <Link href="/coordinator/login" className="font-semibold text-maroon underline underline-offset-4">
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
            <dt className="font-semibold">{t("cohorts")}</dt>
            <dd>
              <ul className="list-inside list-disc">
                {invite.cohorts.map((c) => (
                  <li key={c.name}>{c.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      }
    >
      <ClientMessages sections={["CoordinatorForm"]}>
        <InvitationForm token={token} email={invite.email} />
      </ClientMessages>
    </AuthTemplate>
  )
}
