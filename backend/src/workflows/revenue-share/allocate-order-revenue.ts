import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { IMPACT_EVENTS } from "../impact/events"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLedgerEntriesStep } from "./steps/create-ledger-entries"
import { planOrderAllocationStep } from "./steps/plan-order-allocation"

export const allocateOrderRevenueWorkflowId = "allocate-order-revenue"

/** One lock per order for every ledger write: allocation and reversals never interleave, across processes with Redis. */
export const ledgerOrderLockKey = (orderId: string) => `ledger-order:${orderId}`

/**
 * Splits a captured order's lines into ledger entries by their revenue-share
 * rules (run on payment.captured). Idempotent: under the order's lock, lines
 * already allocated are skipped, and the ledger's unique index backs that up.
 * An allocation made late (a rule was missing at capture and the operator
 * re-ran it) catches up with refunds and a cancellation that came before, in
 * the same append. Returns the allocation entries written (none when redelivered).
 */
export const allocateOrderRevenueWorkflow = createWorkflow(allocateOrderRevenueWorkflowId, (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => ledgerOrderLockKey(input.order_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const planned = planOrderAllocationStep(input)
  // One append (one transaction) for both: allocations and their late reversals land together or not at all.
  const created = createLedgerEntriesStep(transform({ planned }, ({ planned }) => [...planned.allocations, ...planned.reversals]))
  releaseLockStep({ key })
  // The impact figures (public page, dashboards) are computed from this.
  emitEventStep({ eventName: IMPACT_EVENTS.FIGURES_CHANGED, data: { source: "allocate-order-revenue" } })
  return new WorkflowResponse(transform({ created }, ({ created }) => created.filter((e) => e.kind === "allocation")))
})
