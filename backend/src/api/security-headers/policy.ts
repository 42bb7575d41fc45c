/**
 * The backend's response headers. One policy for the JSON API, the uploads
 * and the Medusa Admin at /app (a Vite build: its scripts and styles are
 * files on our own origin, so no inline script needs allowing; its
 * components set inline styles, hence 'unsafe-inline' for styles only).
 * Product photos may live in an S3 bucket elsewhere, so images may come
 * from any https origin. Nothing may frame us: behind https the admin's
 * session cookie is SameSite=None, so a framed admin would be signed in.
 */
export function securityHeaders(adminBackendUrl?: string): Record<string, string> {
  const connect = ["'self'", adminBackendUrl ? new URL(adminBackendUrl).origin : null].filter(Boolean).join(" ")
  return {
    "Content-Security-Policy": [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https:",
      "font-src 'self' data:",
      `connect-src ${connect}`,
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join("; "),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  }
}
