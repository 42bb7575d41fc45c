/**
 * Where to go after logging in. Only a path on this site is accepted, so a
 * crafted link (?next=https://evil.example or //evil.example) cannot turn the
 * login page into an open redirect.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 512) return null
  // One leading slash, then anything but a second slash or backslash
  // (browsers read "//host" and "/\host" as another origin).
  if (!/^\/(?![/\\])/.test(value)) return null
  // Control characters and whitespace could smuggle a scheme past the check above.
  if (/[\u0000-\u001f\u007f\s\\]/.test(value)) return null
  try {
    const url = new URL(value, "http://local.invalid")
    if (url.origin !== "http://local.invalid") return null
    return url.pathname + url.search + url.hash
  } catch {
    return null
  }
}
