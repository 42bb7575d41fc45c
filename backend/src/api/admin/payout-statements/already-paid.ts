import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { markStatementPaidWorkflow } from "../../workflows/payout/mark-statement-paid"
import { dayRangePeriod } from "./period"

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

/** Runs mark-statement-paid for a validated { reference, paid_at: "2026-11-23" } (the day's midnight in Jakarta). */
export async function markPaid(
  scope: MedusaContainer,
  statementId: string,
  body: { reference: string; paid_at: string },
  by: { id: string; type: "user" | "coordinator" }
) {
  try {
    await markStatementPaidWorkflow(scope).run({
      input: {
        statement_id: statementId,
        reference: body.reference,
        paid_at: dayRangePeriod(body.paid_at, body.paid_at).from.toISOString(),
        paid_by: by.id,
        paid_by_type: by.type,
      },
    })
  } catch (error) {
    if ((error as { type?: string }).type === MedusaError.Types.CONFLICT) throw new AlreadyPaidError((error as Error).message)
    throw error
  }
}
