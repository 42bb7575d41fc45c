import type { DateTime } from "../common/date-time"

/** An open buyer's invitation as the sign-up page shows it (GET /outlet-invites/:token, public). */
export type OutletInvitation = { email: string; outlet: { name: string; pertamina_centre: string }; expires_at: DateTime }

export type OutletInvitationResponse = { invite: OutletInvitation }
