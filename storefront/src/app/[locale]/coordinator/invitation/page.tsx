import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getInvitation } from "@/lib/data/coordinator/invitations"
import { privatePageMetadata } from "@/lib/private-metadata"
import { COORDINATOR_PORTAL } from "@/modules/coordinator/portal"
import { InvitationTemplate } from "@/modules/portal/templates/invitation-template"

type Props = { searchParams: Promise<{ token?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/invitation", (await getTranslations("CoordinatorInvite"))("title"))
}

/** The coordinator's invitation: who is invited, for which cohorts, then name and password. */
export default async function InvitationPage({ searchParams }: Props) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("CoordinatorInvite")])
  const invite = token ? await getInvitation(token) : null
  return (
    <InvitationTemplate
      portal={COORDINATOR_PORTAL}
      token={token}
      invite={
        invite && {
          email: invite.email,
          about: {
            label: t("cohorts"),
            value: (
              <ul className="list-inside list-disc">
                {invite.cohorts.map((c) => (
                  <li key={c.name}>{c.name}</li>
                ))}
              </ul>
            ),
          },
        }
      }
    />
  )
}
