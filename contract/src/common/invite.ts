import type { DateTime } from "./date-time"

/** An invitation sent by email (coordinator or outlet buyer); the token never leaves the server. */
export type Invite = { id: string; email: string; expires_at: DateTime }

export type InviteResponse = { invite: Invite }
