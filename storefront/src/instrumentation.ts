import { missingSecretProblem } from "@/lib/util/production-secrets"

/** Runs once when the server starts: a production storefront without its secrets refuses to serve. */
export function register(): void {
  const problem = missingSecretProblem(process.env)
  if (problem) {
    console.error(problem)
    throw new Error(problem)
  }
}
