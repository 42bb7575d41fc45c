import type { MedusaContainer } from "@medusajs/framework/types"
import { markStatementPaidWorkflow } from "../../workflows/payout/mark-statement-paid"
import { dayRangePeriod } from "./period"

/** Runs mark-statement-paid for a validated { reference, paid_at: "2026-11-23" } (the day's midnight in Jakarta). */
export async function markPaid(
  scope: MedusaContainer,
  statementId: string,
  body: { reference: string; paid_at: string },
  by: { id: string; type: "user" | "coordinator" }
) {
  await markStatementPaidWorkflow(scope).run({
    input: {
      statement_id: statementId,
      reference: body.reference,
      paid_at: dayRangePeriod(body.paid_at, body.paid_at).from.toISOString(),
      paid_by: by.id,
      paid_by_type: by.type,
    },
  })
}
