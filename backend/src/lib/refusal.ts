import { MedusaError } from "@medusajs/framework/utils"

/**
 * One reason a request was refused, as data: a stable code and the values the
 * sentence names (amounts in whole rupiah, SKUs, counts). A client words it in
 * its reader's language; the error's message stays Indonesian for everyone else.
 */
export type Problem = { code: string } & { [value: string]: string | number | string[] }

type RefusalError = MedusaError & { problems: Problem[] }

/**
 * A MedusaError that carries its problems. Thrown in a workflow step, it
 * reaches the route as a copy of its own properties (the workflow engine
 * serialises errors that way), so `problems` survives; the API's error
 * handler (api/error-handler.ts) adds them to the response body. It lives
 * here, below both, since workflows may not import from api/.
 */
export function refusal(type: string, problems: Problem[], message: string): RefusalError {
  return Object.assign(new MedusaError(type, message), { problems })
}

/** The problems an error (or its serialised copy) carries, or null. */
export function problemsOf(error: unknown): Problem[] | null {
  const problems = (error as { problems?: unknown } | null)?.problems
  if (!Array.isArray(problems) || !problems.length) return null
  return problems.every((p) => typeof p?.code === "string") ? (problems as Problem[]) : null
}
