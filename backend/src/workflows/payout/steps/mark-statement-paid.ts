import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { jakartaDay } from "../../../lib/jakarta-time"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutModuleService } from "../../../modules/payout/service"

export const markStatementPaidStepId = "mark-statement-paid"

export type MarkStatementPaidInput = {
  statement_id: string
  reference: string
  /** ISO instant of the payment. */
  paid_at: string
  paid_by: string
  paid_by_type: "user" | "coordinator"
}

/**
 * Records the facility's payment on an unpaid statement (409 when it is paid
 * already: a paid statement is never paid twice nor changed). Runs under the
 * statement's lock, so two people pressing "paid" at once get one payment.
 */
export const markStatementPaidStep = createStep(
  markStatementPaidStepId,
  async (input: MarkStatementPaidInput, { container }) => {
    const payout = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const statement = await payout.retrievePayoutStatement(input.statement_id, { select: ["id", "status", "paid_reference", "paid_at"] })
    if (statement.status === "paid") {
      const day = statement.paid_at ? jakartaDay(statement.paid_at) : "?"
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Slip ini sudah dibayar (referensi ${statement.paid_reference}, ${day}) dan tidak dapat diubah atau dibayar lagi.`
      )
    }
    const updated = await payout.updatePayoutStatements({
      id: statement.id,
      status: "paid",
      paid_reference: input.reference,
      paid_at: new Date(input.paid_at),
      paid_by: input.paid_by,
      paid_by_type: input.paid_by_type,
    })
    return new StepResponse(updated, statement.id)
  },
  // Only reached when a later step of the same run fails: the payment was never confirmed.
  async (statementId, { container }) => {
    if (!statementId) return
    await container.resolve<PayoutModuleService>(PAYOUT_MODULE).updatePayoutStatements({
      id: statementId,
      status: "unpaid",
      paid_reference: null,
      paid_at: null,
      paid_by: null,
      paid_by_type: null,
    })
  }
)
