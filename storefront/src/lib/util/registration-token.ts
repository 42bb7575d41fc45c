/**
 * The email inside a registration link's token, to show whose account is
 * being finished (backend/src/lib/registration-token.ts makes it). Only read
 * here, never trusted: the backend checks the signature when the form is sent.
 */
export function registrationEmail(token: string): string | null {
  const payload = /^([A-Za-z0-9_-]{1,4000})\.[A-Za-z0-9_-]{43}$/.exec(token)?.[1]
  if (!payload) return null
  try {
    const email = (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { email?: unknown }).email
    return typeof email === "string" && email.includes("@") ? email : null
  } catch {
    return null
  }
}
