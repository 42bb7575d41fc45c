// Values that were ever written down as examples or fallbacks (docker-compose.yml's old defaults).
const KNOWN_PLACEHOLDERS = new Set(["supersecret", "secret", "change-me", "change-me-revalidate"])

/** The storefront's secrets: without them the backend's cache revalidation calls are refused or forgeable. */
export const STOREFRONT_SECRETS = ["REVALIDATE_SECRET"] as const

/**
 * Why a production server must not start, or null when it may. Only the
 * running server is checked (`next build` runs without secrets);
 * `npm start` and `npm test` pass generated ones (scripts/stack/secrets.ts).
 */
export function missingSecretProblem(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV !== "production" || env.NEXT_PHASE === "phase-production-build") return null
  for (const name of STOREFRONT_SECRETS) {
    const value = env[name]?.trim()
    if (!value) return `${name} is not set: set the same long random value as the backend's before starting the storefront in production.`
    if (KNOWN_PLACEHOLDERS.has(value.toLowerCase())) return `${name} is a known placeholder ("${value}"): set a long random value before starting in production.`
  }
  return null
}
