import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"
import { sharedLines } from "../../../modules/revenue-share/order-sale"
import { loadOrderSales } from "../order-sales"

export const findUnallocatedOrdersStepId = "find-unallocated-orders"

export type FindUnallocatedOrdersInput = {
  /** ISO instant: only payments captured since then (the scheduled job); all of them when absent (an operator's repair). */
  captured_since?: string
}

// Order ids per ledger query, to keep each IN list small.
const CHUNK = 500

/**
 * Orders with a captured payment and shared lines but no allocation at all:
 * the capture committed and the process died before payment.captured was
 * handled (an order's allocation is one append, so it is whole or absent).
 * Writes nothing.
 */
export const findUnallocatedOrdersStep = createStep(findUnallocatedOrdersStepId, async (input: FindUnallocatedOrdersInput, { container }) => {
  const { data: payments } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { captured_at: input.captured_since ? { $gte: new Date(input.captured_since) } : { $ne: null } },
  })
  const captured = [
    ...new Set((payments as { payment_collection?: { order?: { id: string } | null } | null }[]).flatMap((p) => p.payment_collection?.order?.id ?? [])),
  ]
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const allocated = new Set<string>()
  for (let i = 0; i < captured.length; i += CHUNK) {
    const rows = await ledger.listLedgerEntries({ order_id: captured.slice(i, i + CHUNK), kind: "allocation" }, { select: ["order_id"] })
    for (const row of rows) allocated.add(row.order_id)
  }
  const sales = await loadOrderSales(container, captured.filter((id) => !allocated.has(id)))
  const missing = sales.filter((s) => s.captures.length > 0 && sharedLines(s).length > 0)
  return new StepResponse(missing.map((s) => ({ order_id: s.id, display_id: s.display_id })))
})
