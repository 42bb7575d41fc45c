import { IMPACT_EVENTS } from "../impact/events"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { markStatementPaidStep, type MarkStatementPaidInput } from "./steps/mark-statement-paid"

export const markStatementPaidWorkflowId = "mark-statement-paid"

/** Marks one payout statement paid, once, with the facility's reference and date and who recorded it. */
export const markStatementPaidWorkflow = createWorkflow(markStatementPaidWorkflowId, (input: MarkStatementPaidInput) => {
  const key = transform({ input }, ({ input }) => `payout-statement:${input.statement_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const statement = markStatementPaidStep(input)
  releaseLockStep({ key })
  // The impact figures (public page, dashboards) are computed from this.
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: { source: "mark-statement-paid" } })
  return new WorkflowResponse(statement)
})
