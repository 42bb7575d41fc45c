import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StatementDraft } from "../../../modules/payout/statement-drafts"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutModuleService } from "../../../modules/payout/service"

export const createPayoutRunStepId = "create-payout-run"

export type CreatePayoutRunInput = {
  period: string
  /** ISO instants, half-open [from, to). */
  period_from: string
  period_to: string
  created_by: string
  statements: StatementDraft[]
}

/** Writes the run with its statements and their entries; compensation removes all of it. */
export const createPayoutRunStep = createStep(
  createPayoutRunStepId,
  async (input: CreatePayoutRunInput, { container }) => {
    const payout = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const run = await payout.createPayoutRunWithStatements({
      period: input.period,
      period_from: new Date(input.period_from),
      period_to: new Date(input.period_to),
      created_by: input.created_by,
      statements: input.statements,
    })
    return new StepResponse(run, run.id)
  },
  async (runId, { container }) => {
    if (runId) await container.resolve<PayoutModuleService>(PAYOUT_MODULE).removePayoutRun(runId)
  }
)
