import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { allocateOrdersStep } from "./steps/allocate-orders"
import { findUnallocatedOrdersStep, type FindUnallocatedOrdersInput } from "./steps/find-unallocated-orders"

export const reconcileOrderAllocationsWorkflowId = "reconcile-order-allocations"

/** One reconciliation at a time across workers: a second one waits, then finds nothing left to do. */
export const RECONCILE_ALLOCATIONS_LOCK = "reconcile-order-allocations"

/**
 * Completes what a crash interrupted: captured orders that never got their
 * revenue split (the process died between the capture's commit and the
 * payment.captured subscriber) are allocated now. Idempotent: each order is
 * allocated under its own lock and skipped once allocated, so it runs any
 * number of times, from the scheduled job or an operator's
 * `npm run ledger:verify -- --repair`.
 */
export const reconcileOrderAllocationsWorkflow = createWorkflow(reconcileOrderAllocationsWorkflowId, (input: FindUnallocatedOrdersInput) => {
  acquireLockStep({ key: RECONCILE_ALLOCATIONS_LOCK, timeout: 120, ttl: 600 })
  const orders = findUnallocatedOrdersStep(input)
  const outcome = allocateOrdersStep(orders)
  releaseLockStep({ key: RECONCILE_ALLOCATIONS_LOCK })
  return new WorkflowResponse(outcome)
})
