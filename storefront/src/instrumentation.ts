import { missingSecretProblem } from "@/lib/util/production-secrets"

/**
 * Runs once when the server starts: a production storefront without its
 * secrets refuses to serve; long pages are sent as bytes (lib/node/string-bodies.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/node/string-bodies")).sendLongStringBodiesAsBytes()
  const problem = missingSecretProblem(process.env)
  if (!problem) return
  console.error(problem)
  // Exit rather than answer every request with a 500: whoever starts the server sees it fail, and why.
  if (process.env.NEXT_RUNTIME === "nodejs") process.exit(1)
  throw new Error(problem)
}
