import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLedgerEntriesStep } from "./steps/create-ledger-entries"
import { planOrderAllocationStep } from "./steps/plan-order-allocation"
import { planOrderReversalStep } from "./steps/plan-order-reversal"

export const allocateOrderRevenueWorkflowId = "allocate-order-revenue"

/** One lock per order for every ledger write: allocation and reversals never interleave, across processes with Redis. */
export const ledgerOrderLockKey = (orderId: string) => `ledger-order:${orderId}`

/**
 * Splits a captured order's lines into ledger entries by their revenue-share
 * rules (run on payment.captured). Idempotent: under the order's lock, lines
 * already allocated are skipped, and the ledger's unique index backs that up.
 * An allocation made late (a rule was missing at capture and the operator
 * re-ran it) then catches up with refunds and a cancellation that came before.
 */
export const allocateOrderRevenueWorkflow = createWorkflow(allocateOrderRevenueWorkflowId, (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => ledgerOrderLockKey(input.order_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const entries = planOrderAllocationStep(input)
  const created = createLedgerEntriesStep(entries)
  const reversals = planOrderReversalStep(input).config({ name: "plan-late-reversals" })
  createLedgerEntriesStep(reversals).config({ name: "create-late-reversals" })
  releaseLockStep({ key })
  return new WorkflowResponse(created)
})
