// Values that were ever written down as examples or fallbacks: anyone who read
// this repository (or its old docker-compose.yml) knows them.
const KNOWN_PLACEHOLDERS = new Set(["supersecret", "secret", "change-me", "change-me-jwt", "change-me-cookie", "change-me-revalidate"])

/**
 * A secret the running server signs or checks with. In production it must be
 * set and not a known placeholder, or the server refuses to start, naming the
 * variable: a JWT signed with a public secret lets anyone be an operator.
 * `npm start` and `npm test` generate their own (scripts/stack/secrets.ts), so
 * only a deployment that forgot them is stopped. Outside production (and while
 * building, when no server runs) a fixed development value keeps things simple.
 */
export function requiredSecret(name: string, env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): string {
  const value = env[name]?.trim()
  const enforced = env.NODE_ENV === "production" && !argv.includes("build")
  if (value && !(enforced && KNOWN_PLACEHOLDERS.has(value.toLowerCase()))) return value
  if (!enforced) return value || "supersecret"
  throw new Error(
    value
      ? `${name} is a known placeholder ("${value}"): set a long random value (for example \`openssl rand -hex 32\`) before starting in production.`
      : `${name} is not set: set a long random value (for example \`openssl rand -hex 32\`) before starting in production.`
  )
}
