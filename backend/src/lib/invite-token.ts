import { createHash, randomBytes } from "node:crypto"

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
