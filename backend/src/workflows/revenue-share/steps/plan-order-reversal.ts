import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"
import { planReversals, type EntryInput } from "../../../modules/revenue-share/plan"
import { loadOrderSale } from "../order-sales"

export const planOrderReversalStepId = "plan-order-reversal"

/** Works out the reversal entries an order still needs for its refunds and its cancellation (read-only, under the order's lock). */
export const planOrderReversalStep = createStep(planOrderReversalStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const sale = await loadOrderSale(container, order_id)
  const existing: EntryInput[] = await container.resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ order_id })
  return new StepResponse<EntryInput[]>(planReversals(sale, existing, new Date()))
})
