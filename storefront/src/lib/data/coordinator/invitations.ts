import "server-only"
import { openInvitation } from "../portal-auth"
import { coordinatorFetch } from "./client"

export type Invitation = { email: string; cohorts: { name: string }[]; expiresAt: string | null }

/** An open invitation by its token, or null when it is unknown, used or expired. */
export async function getInvitation(token: string): Promise<Invitation | null> {
  return openInvitation(async () => {
    const { invite } = await coordinatorFetch<{ invite: { email: string; cohorts?: { name: string }[]; expires_at?: string | null } }>(
      `/coordinator-invites/${encodeURIComponent(token)}`,
      { anonymous: true }
    )
    return { email: invite.email, cohorts: invite.cohorts ?? [], expiresAt: invite.expires_at ?? null }
  })
}
