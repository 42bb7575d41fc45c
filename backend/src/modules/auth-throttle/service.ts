import { createHash } from "node:crypto"
import { MedusaService } from "@medusajs/framework/utils"
import { AuthFailure } from "./models/auth-failure"

/** At most `limit` refusals for a key within `windowMs`; the next attempt waits. */
export type ThrottleRule = { limit: number; windowMs: number }

// Rows older than any window are useless; a day covers every rule we set.
const KEEP_MS = 24 * 60 * 60 * 1000

const hashKey = (key: string) => createHash("sha256").update(key).digest("hex")

export class AuthThrottleModuleService extends MedusaService({ AuthFailure }) {
  /**
   * Seconds until `key` may try again (0: now). Locked while the window holds
   * `limit` refusals; it opens when the oldest of the latest `limit` ages out.
   * Counted in PostgreSQL, which every server shares, so a lockout holds
   * whichever server the next attempt reaches.
   */
  async secondsLocked(key: string, rule: ThrottleRule, now = new Date()): Promise<number> {
    const recent = await this.listAuthFailures(
      { key_hash: hashKey(key), created_at: { $gt: new Date(now.getTime() - rule.windowMs) } },
      { select: ["id", "created_at"], order: { created_at: "DESC" }, take: rule.limit }
    )
    if (recent.length < rule.limit) return 0
    const opensAt = new Date(recent[rule.limit - 1].created_at).getTime() + rule.windowMs
    return Math.max(1, Math.ceil((opensAt - now.getTime()) / 1000))
  }

  /** One refusal against each key; rows past every window are dropped on the way. */
  async recordFailure(keys: string[], now = new Date()): Promise<void> {
    await this.createAuthFailures(keys.map((key) => ({ key_hash: hashKey(key) })))
    await this.deleteAuthFailures({ created_at: { $lt: new Date(now.getTime() - KEEP_MS) } })
  }

  /** A successful sign-in clears the account's count: its owner is back. */
  async forgetFailures(key: string): Promise<void> {
    await this.deleteAuthFailures({ key_hash: hashKey(key) })
  }
}

export default AuthThrottleModuleService
