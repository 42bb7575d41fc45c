import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { problemsOf } from "../lib/refusal"
import { respondDatabaseUnavailable } from "./database-unavailable"

const medusaErrorHandler = errorHandler()

/**
 * PostgreSQL's "data exception" class (22xxx) means the request's value could
 * not be stored or compared: a NUL byte (22021), an impossible date (22007,
 * 22008), a number out of range (22003), a negative LIMIT/OFFSET (2201W, 2201X),
 * text that is not a number or id (22P02), a string too long (22001). The
 * validators refuse these first; one that still slips through is the sender's
 * input, a 400, never a 500 (which says "our fault" and pages someone).
 * 08P01 ("invalid message format") is the wire protocol refusing a NUL byte
 * in a query parameter, before PostgreSQL could even name it 22021.
 */
const DATA_EXCEPTION_MESSAGES: Record<string, string> = {
  "22021": "Teks berisi karakter yang tidak dapat disimpan (mis. NUL, \\u0000): hapus karakter itu lalu kirim lagi.",
  "22007": "Tanggal atau waktu tidak valid: tulis tanggal yang ada, seperti 2026-11-23.",
  "22008": "Tanggal atau waktu di luar rentang yang dapat disimpan: tulis tanggal seperti 2026-11-23.",
  "22003": "Angka terlalu besar atau terlalu kecil: periksa jumlah, harga atau nomor yang dikirim.",
  "2201W": "limit harus bilangan bulat 0 atau lebih.",
  "2201X": "offset harus bilangan bulat 0 atau lebih.",
  "22001": "Teks terlalu panjang: persingkat isian lalu kirim lagi.",
}
const NUL_IN_PARAMETER = "08P01"
const DATA_EXCEPTION_FALLBACK = "Nilai yang dikirim tidak dapat diproses: periksa format isian lalu kirim lagi."

/** The SQLSTATE of a database error, where the driver, MikroORM or a workflow put it. */
function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; sqlState?: unknown; cause?: { code?: unknown }; previous?: { code?: unknown } } | null
  const code = [e?.code, e?.sqlState, e?.cause?.code, e?.previous?.code].find((c) => typeof c === "string" && /^[0-9A-Z]{5}$/.test(c))
  return code as string | undefined
}

/**
 * The error as the client should see it: a database data exception or a zod
 * error thrown outside a validator (a middleware's own `parse`) becomes a 400
 * with an actionable message; anything else is left as it is.
 */
export function clientError(error: unknown): unknown {
  const state = sqlState(error)
  if (state === NUL_IN_PARAMETER) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, DATA_EXCEPTION_MESSAGES["22021"])
  }
  if (state?.startsWith("22")) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, DATA_EXCEPTION_MESSAGES[state] ?? DATA_EXCEPTION_FALLBACK)
  }
  const issues = (error as { name?: unknown; issues?: unknown } | null)?.issues
  if ((error as { name?: unknown } | null)?.name === "ZodError" && Array.isArray(issues)) {
    const message = issues
      .map((i: { path?: unknown[]; message?: string }) => `${i.path?.length ? `${i.path.join(".")}: ` : ""}${i.message ?? "tidak valid"}`)
      .join("; ")
    return new MedusaError(MedusaError.Types.INVALID_DATA, message || DATA_EXCEPTION_FALLBACK)
  }
  return error
}

/**
 * Medusa's own error handler (statuses, logging, zod messages), with two additions:
 * - database data exceptions and stray zod errors become 400s (clientError above);
 * - the `problems` a refusal carries are added to a 4xx body: Medusa's body keeps
 *   only code, type and message, and the portals word refusals from the problems.
 */
export const errorHandlerWithProblems: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (respondDatabaseUnavailable(error, req, res)) return
  const problems = problemsOf(error)
  if (problems) {
    const json = res.json.bind(res)
    res.json = (body: unknown) => json(res.statusCode < 500 && body && typeof body === "object" ? { ...body, problems } : body)
  }
  return medusaErrorHandler(clientError(error), req, res, next)
}
