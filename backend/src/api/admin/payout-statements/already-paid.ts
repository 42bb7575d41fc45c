import { MedusaError } from "@medusajs/framework/utils"

/**
 * A 409 that keeps its message: Medusa's error handler answers every
 * MedusaError CONFLICT with a generic "retry with an Idempotency-Key", which
 * is wrong here (retrying never helps) and hides who paid and when. An error
 * shaped like http-errors' passes through with its own status and message.
 */
class AlreadyPaidError extends Error {
  readonly status = 409
  readonly statusCode = 409
  readonly expose = true
}

/** What a mark-paid route rethrows when mark-statement-paid fails: a paid statement's conflict as a worded 409, anything else as it was. */
export function alreadyPaidAs409(error: unknown): unknown {
  if ((error as { type?: string }).type === MedusaError.Types.CONFLICT) return new AlreadyPaidError((error as Error).message)
  return error
}
