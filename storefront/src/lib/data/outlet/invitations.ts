import "server-only"
import { openInvitation } from "../portal-auth"
import { outletFetch } from "./client"

export type OutletInvitation = { email: string; outlet: { name: string; pertamina_centre: string } }

/** An open buyer's invitation by its token, or null when it is unknown, used or expired. */
export async function getOutletInvitation(token: string): Promise<OutletInvitation | null> {
  return openInvitation(async () => (await outletFetch<{ invite: OutletInvitation }>(`/outlet-invites/${encodeURIComponent(token)}`, { anonymous: true })).invite)
}
