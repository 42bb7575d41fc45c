import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allocateOrderRevenueWorkflow } from "../allocate-order-revenue"

export const allocateOrdersStepId = "allocate-orders"

export type OrderToAllocate = { order_id: string; display_id: number }

export type AllocationOutcome = {
  allocated: (OrderToAllocate & { entries: number })[]
  /** Orders the allocation refused (e.g. no revenue-share rule applies): left for an operator, named with the reason. */
  failed: (OrderToAllocate & { message: string })[]
}

/**
 * Runs the allocation workflow for each order, one after the other. Each run
 * is its own unit (the order's lock, one append, idempotent), so one order's
 * failure does not stop the others. No compensation on purpose: an
 * allocation written is correct, and undoing it would reopen the gap this
 * step closes.
 */
export const allocateOrdersStep = createStep(allocateOrdersStepId, async (orders: OrderToAllocate[], { container }) => {
  const outcome: AllocationOutcome = { allocated: [], failed: [] }
  for (const order of orders) {
    try {
      const { result } = await allocateOrderRevenueWorkflow(container).run({ input: { order_id: order.order_id } })
      outcome.allocated.push({ ...order, entries: result.length })
    } catch (e) {
      outcome.failed.push({ ...order, message: (e as Error).message })
    }
  }
  return new StepResponse(outcome)
})
