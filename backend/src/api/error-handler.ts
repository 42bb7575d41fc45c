import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { problemsOf } from "../lib/refusal"
import { respondDatabaseUnavailable } from "./database-unavailable"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's own error handler (statuses, logging, zod messages), with the
 * `problems` a refusal carries added to a 4xx body: Medusa's body keeps only
 * code, type and message, and the portals word refusals from the problems.
 */
export const errorHandlerWithProblems: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (respondDatabaseUnavailable(error, req, res)) return
  const problems = problemsOf(error)
  if (problems) {
    const json = res.json.bind(res)
    res.json = (body: unknown) => json(res.statusCode < 500 && body && typeof body === "object" ? { ...body, problems } : body)
  }
  return medusaErrorHandler(error, req, res, next)
}
