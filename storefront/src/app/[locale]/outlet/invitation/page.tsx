import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getOutletInvitation } from "@/lib/data/outlet/invitations"
import { privatePageMetadata } from "@/lib/private-metadata"
import { OUTLET_PORTAL } from "@/modules/outlet/portal"
import { InvitationTemplate } from "@/modules/portal/templates/invitation-template"

type Props = { searchParams: Promise<{ token?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet/invitation", (await getTranslations("OutletInvite"))("title"))
}

/** A buyer's invitation: which outlet, then name and password. */
export default async function OutletInvitationPage({ searchParams }: Props) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("OutletInvite")])
  const invite = token ? await getOutletInvitation(token) : null
  return (
    <InvitationTemplate
      portal={OUTLET_PORTAL}
      token={token}
      invite={
        invite && {
          email: invite.email,
          about: {
            label: t("outlet"),
            value: (
              <>
                {invite.outlet.name} <span className="text-muted">({invite.outlet.pertamina_centre})</span>
              </>
            ),
          },
        }
      }
    />
  )
}
