import "server-only"
import { isPortalApiStatus } from "../portal-fetch"
import { outletFetch } from "./client"

export type OutletInvitation = { email: string; outlet: { name: string; pertamina_centre: string } }

/** An open buyer's invitation by its token, or null when it is unknown, used or expired (the backend answers 404). */
export async function getOutletInvitation(token: string): Promise<OutletInvitation | null> {
  try {
    return (await outletFetch<{ invite: OutletInvitation }>(`/outlet-invites/${encodeURIComponent(token)}`, { anonymous: true })).invite
  } catch (error) {
    if (isPortalApiStatus(error, 400, 404)) return null
    throw error
  }
}
