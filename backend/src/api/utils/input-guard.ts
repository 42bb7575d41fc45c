import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CONTROL_CHARACTER, CONTROL_CHARACTER_MESSAGE } from "./input-schemas"

/*
 * Our own routes validate every value with the building blocks in
 * input-schemas.ts. Medusa's core routes (store products, carts, customers, the
 * admin's) have their own validators, which let three kinds of input through
 * to PostgreSQL, where they were 500s. This guard refuses them first, on every
 * route, with a message a person can act on:
 * - text with control characters (NUL above all: PostgreSQL refuses it), in the
 *   path (an id), the query or the JSON body, and a path that is not valid
 *   percent-encoding;
 * - a negative or fractional `limit` / `offset` (LIMIT -1 is a database error);
 * - on /store, an operator object in the query (`cohort_id[$ne]=x`): the shop's
 *   filters are plain values, and operators reach the database unchecked.
 * Payment webhooks are left alone: their signature covers the raw body.
 */

const MAX_DEPTH = 20
const WHOLE_NUMBER = /^\d{1,9}$/

/** The path ("q", "items.0.title") of the first string holding a control character, or null. */
function controlCharacterAt(value: unknown, at: string, depth = 0): string | null {
  if (typeof value === "string") return CONTROL_CHARACTER.test(value) ? at || "(body)" : null
  if (!value || typeof value !== "object" || depth > MAX_DEPTH) return null
  for (const [key, inner] of Object.entries(value)) {
    const path = at ? `${at}.${key}` : key
    if (CONTROL_CHARACTER.test(key)) return path
    const found = controlCharacterAt(inner, path, depth + 1)
    if (found) return found
  }
  return null
}

/** The first query key that is an operator ("$ne"), at any depth, or null. */
function operatorAt(value: unknown, at: string, depth = 0): string | null {
  if (!value || typeof value !== "object" || depth > MAX_DEPTH) return null
  for (const [key, inner] of Object.entries(value)) {
    const path = at ? `${at}[${key}]` : key
    if (key.startsWith("$")) return path
    const found = operatorAt(inner, path, depth + 1)
    if (found) return found
  }
  return null
}

function refuse(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The request path decoded as the router decodes ids, or null when it is not valid percent-encoding. */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}

export function inputGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const pathname = decodedPath(req.path)
  if (pathname === null) return next(refuse("Alamat (URL) tidak valid: periksa tanda % di dalamnya."))
  if (CONTROL_CHARACTER.test(pathname)) return next(refuse(`Alamat (URL): ${CONTROL_CHARACTER_MESSAGE}`))
  if (req.path.startsWith("/hooks/")) return next()
  const query = req.query as Record<string, unknown>

  const inQuery = controlCharacterAt(query, "")
  if (inQuery) return next(refuse(`Parameter ${inQuery}: ${CONTROL_CHARACTER_MESSAGE}`))
  const inBody = controlCharacterAt(req.body, "")
  if (inBody) return next(refuse(`Isian ${inBody}: ${CONTROL_CHARACTER_MESSAGE}`))

  for (const name of ["limit", "offset"] as const) {
    const value = query[name]
    if (value !== undefined && !(typeof value === "string" && WHOLE_NUMBER.test(value))) {
      return next(refuse(`${name} harus bilangan bulat 0 atau lebih, misalnya ${name}=20.`))
    }
  }

  if (req.path.startsWith("/store/")) {
    const operator = operatorAt(query, "")
    if (operator) {
      return next(refuse(`Parameter ${operator} tidak diterima: filter toko hanya menerima nilai biasa, bukan operator seperti $ne.`))
    }
  }
  next()
}

/** First among the global middlewares: a matcher of "/" without a method sorts ahead of every route. */
export const inputGuardMiddlewares: MiddlewareRoute[] = [{ matcher: "/", middlewares: [inputGuard] }]
