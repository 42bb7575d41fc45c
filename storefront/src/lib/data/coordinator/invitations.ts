import "server-only"
import { isPortalApiStatus } from "../portal-fetch"
import { coordinatorFetch } from "./client"

export type Invitation = { email: string; cohorts: { name: string }[]; expiresAt: string | null }

/** An open invitation by its token, or null when it is unknown, used or expired (the backend answers 404). */
export async function getInvitation(token: string): Promise<Invitation | null> {
  try {
    const { invite } = await coordinatorFetch<{ invite: { email: string; cohorts?: { name: string }[]; expires_at?: string | null } }>(
      `/coordinator-invites/${encodeURIComponent(token)}`,
      { anonymous: true }
    )
    return { email: invite.email, cohorts: invite.cohorts ?? [], expiresAt: invite.expires_at ?? null }
  } catch (error) {
    if (isPortalApiStatus(error, 400, 404, 410)) return null
    throw error
  }
}
