import type { DateTime } from "../common/date-time"

/** An open invitation as the sign-up page shows it (GET /coordinator-invites/:token, public). */
export type CoordinatorInvitation = { email: string; cohorts: { name: string }[]; expires_at: DateTime }

export type CoordinatorInvitationResponse = { invite: CoordinatorInvitation }

/** An accepted invitation signs the new account in at once: a JWT for its actor. */
export type InvitationAcceptedResponse = { token: string }
