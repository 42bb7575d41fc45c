import "server-only"
import type { CoordinatorInvitationResponse } from "@karya-binaan/contract"
import { isoString } from "../date-time"
import { openInvitation } from "../portal-auth"
import { coordinatorFetch } from "./client"

export type Invitation = { email: string; cohorts: { name: string }[]; expiresAt: string | null }

/** An open invitation by its token, or null when it is unknown, used or expired. */
export async function getInvitation(token: string): Promise<Invitation | null> {
  return openInvitation(async () => {
    const { invite } = await coordinatorFetch<CoordinatorInvitationResponse>(
      `/coordinator-invites/${encodeURIComponent(token)}`,
      { anonymous: true }
    )
    return { email: invite.email, cohorts: invite.cohorts, expiresAt: isoString(invite.expires_at) }
  })
}
