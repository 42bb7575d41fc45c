import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { outletFetch } from "@/lib/data/outlet/client"
import { isPortalApiStatus } from "@/lib/data/portal-fetch"
import { privatePageMetadata } from "@/lib/private-metadata"
import { FormNotice } from "@/modules/account/components/form-notice"
import { AuthTemplate } from "@/modules/account/templates/auth-template"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { OutletInvitationForm } from "@/modules/outlet/components/invitation-form"

type Props = { searchParams: Promise<{ token?: string }> }
type Invite = { email: string; outlet: { name: string; pertamina_centre: string } }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet/invitation", (await getTranslations("OutletInvite"))("title"))
}

/** An open invitation, or null when unknown, used or expired (the backend answers 404). */
async function readInvite(token: string): Promise<Invite | null> {
  try {
    return (await outletFetch<{ invite: Invite }>(`/outlet-invites/${encodeURIComponent(token)}`, { anonymous: true })).invite
  } catch (error) {
    if (isPortalApiStatus(error, 400, 404)) return null
    throw error
  }
}

/** Where the invitation email's link lands: which outlet, then name and password. */
export default async function OutletInvitationPage({ searchParams }: Props) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("OutletInvite")])
  const invite = token ? await readInvite(token) : null
  if (!token || !invite) {
    return (
      <AuthTemplate title={t("title")} notice={<FormNotice tone="error">{t("invalid")}</FormNotice>}>
        <Link href="/outlet/login" className="font-semibold text-maroon underline underline-offset-4">
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
            <dt className="font-semibold">{t("outlet")}</dt>
            <dd>
              {invite.outlet.name} <span className="text-muted">({invite.outlet.pertamina_centre})</span>
            </dd>
          </div>
        </dl>
      }
    >
      <ClientMessages sections={["CoordinatorForm", "OutletForm"]}>
        <OutletInvitationForm token={token} email={invite.email} />
      </ClientMessages>
    </AuthTemplate>
  )
}
