import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// PostgreSQL's "connection exception" and "operator intervention" classes (08…, 57P…),
// and Node's socket errors when the server is gone or restarting.
const PG_CODES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03"])
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"])
const MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Client has encountered a connection error/i,
  /connect ECONNREFUSED/i,
  // Knex, when the connection under a transaction died and the next statement finds the transaction gone.
  /Transaction query already complete/i,
]

export const DATABASE_UNAVAILABLE_MESSAGE =
  "Basis data sedang tidak dapat dijangkau; tidak ada yang disimpan dari permintaan ini. Coba lagi dalam beberapa detik. " +
  "(The database cannot be reached right now; nothing of this request was saved. Try again in a few seconds.)"

/**
 * Whether an error means the database is out of reach (stopped, restarting,
 * the network to it cut), looking through the causes and the copies that
 * MikroORM, Knex and the workflow engine wrap around the driver's error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown }
  if (typeof e.code === "string" && (PG_CODES.has(e.code) || SOCKET_CODES.has(e.code))) return true
  if (e.name === "ConnectionException" || e.name === "KnexTimeoutError") return true
  if (typeof e.message === "string" && MESSAGES.some((m) => m.test(e.message as string))) return true
  const nested = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? e.errors : [])]
  return nested.some((n) => isDatabaseUnavailable(n, depth + 1))
}

/**
 * Answers 503 with a message and Retry-After when the database is out of
 * reach, instead of a bare 500: the request can be retried as it is. Returns
 * whether it answered. The backend keeps running; its pool reconnects once
 * PostgreSQL is back, without a restart.
 */
export function respondDatabaseUnavailable(error: unknown, req: MedusaRequest, res: MedusaResponse): boolean {
  if (!isDatabaseUnavailable(error)) return false
  // Logged as it came, so an operator sees what the driver said behind the 503.
  req.scope?.resolve(ContainerRegistrationKeys.LOGGER)?.warn(`Database unavailable (503 for ${req.method} ${req.path}): ${(error as Error).message}`)
  res.setHeader("Retry-After", "5")
  res.status(503).json({ type: "database_unavailable", code: "database_unavailable", message: DATABASE_UNAVAILABLE_MESSAGE })
  return true
}
