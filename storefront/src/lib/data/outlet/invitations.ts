import "server-only"
import type { OutletInvitationResponse } from "@karya-binaan/contract"
import { openInvitation } from "../portal-auth"
import { outletFetch } from "./client"

/** What the invitation page shows: who is invited, to which outlet. */
export type OutletInvitation = { email: string; outlet: { name: string; pertamina_centre: string } }

/** An open buyer's invitation by its token, or null when it is unknown, used or expired. */
export async function getOutletInvitation(token: string): Promise<OutletInvitation | null> {
  return openInvitation(async () => {
    const { invite } = await outletFetch<OutletInvitationResponse>(`/outlet-invites/${encodeURIComponent(token)}`, { anonymous: true })
    return { email: invite.email, outlet: invite.outlet }
  })
}
