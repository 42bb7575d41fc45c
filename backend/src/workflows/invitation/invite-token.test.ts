import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { INVITE_NOT_FOUND, inviteTokenHash, newInviteToken, openInvite } from "./invite-token"

describe("invitation tokens", () => {
  it("are long, URL-safe and stored only as a hash", () => {
    const token = newInviteToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(inviteTokenHash(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(inviteTokenHash(token)).toBe(inviteTokenHash(token))
    expect(inviteTokenHash(token)).not.toBe(inviteTokenHash(newInviteToken()))
  })

  it("open only while unused and unexpired, with one answer for every other case", () => {
    const now = Date.parse("2026-11-23T10:00:00Z")
    const open = { email: "a@contoh.id", accepted_at: null, expires_at: "2026-11-24T10:00:00Z" }
    expect(openInvite(open, now)).toBe(open)
    const refusals = [undefined, { ...open, accepted_at: "2026-11-23T09:00:00Z" }, { ...open, expires_at: "2026-11-23T09:59:59Z" }]
    for (const invite of refusals) {
      expect(() => openInvite(invite, now)).toThrow(INVITE_NOT_FOUND)
      try {
        openInvite(invite, now)
      } catch (error) {
        expect((error as MedusaError).type).toBe(MedusaError.Types.NOT_FOUND)
      }
    }
  })
})
