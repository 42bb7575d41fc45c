import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { IMPACT_EVENTS } from "../impact/events"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ledgerOrderLockKey } from "./allocate-order-revenue"
import { createLedgerEntriesStep } from "./steps/create-ledger-entries"
import { planOrderReversalStep } from "./steps/plan-order-reversal"

export const reverseOrderRevenueWorkflowId = "reverse-order-revenue"

/**
 * Posts the reversals an order still needs (run on payment.refunded and
 * order.canceled): each refund in proportion, a cancellation for all that is
 * left. Idempotent: a refund or cancellation already reversed is skipped.
 */
export const reverseOrderRevenueWorkflow = createWorkflow(reverseOrderRevenueWorkflowId, (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => ledgerOrderLockKey(input.order_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const entries = planOrderReversalStep(input)
  const created = createLedgerEntriesStep(entries)
  releaseLockStep({ key })
  // The impact figures (public page, dashboards) are computed from this.
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: { source: "reverse-order-revenue" } })
  return new WorkflowResponse(created)
})
