import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

export type Secrets = { jwtSecret: string; cookieSecret: string; revalidateSecret: string }

/**
 * Secrets for a local stack: taken from the environment when set (production),
 * otherwise generated once and kept in the stack's data folder, so sessions
 * and cookies survive a restart without anyone inventing a password.
 */
export function loadSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json")
  const stored: Partial<Secrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const secrets: Secrets = {
    jwtSecret: stored.jwtSecret ?? randomBytes(32).toString("hex"),
    cookieSecret: stored.cookieSecret ?? randomBytes(32).toString("hex"),
    revalidateSecret: stored.revalidateSecret ?? randomBytes(16).toString("hex"),
  }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return {
    jwtSecret: process.env.JWT_SECRET || secrets.jwtSecret,
    cookieSecret: process.env.COOKIE_SECRET || secrets.cookieSecret,
    revalidateSecret: process.env.REVALIDATE_SECRET || secrets.revalidateSecret,
  }
}
