import { createHash, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

// Invitations of both kinds (coordinator, outlet buyer) work alike.

/** An invitation link works for 7 days. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** The same answer for unknown, used and expired links. */
export const INVITE_NOT_FOUND = "Undangan tidak ditemukan, sudah dipakai, atau sudah kedaluwarsa"

/** 256 random bits, URL-safe. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

/** Only this hash is stored: a copy of the database must not hold working links. */
export function inviteTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

type InviteState = { accepted_at?: Date | string | null; expires_at: Date | string }

/** The invitation if it can still be used; unknown, used and expired ones get one 404, so links can't be probed. */
export function openInvite<T extends InviteState>(invite: T | undefined | null, now = Date.now()): T {
  if (!invite || invite.accepted_at || new Date(invite.expires_at).getTime() < now) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, INVITE_NOT_FOUND)
  }
  return invite
}
