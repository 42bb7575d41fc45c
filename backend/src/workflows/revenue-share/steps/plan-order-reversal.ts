import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderSales } from "../../../lib/revenue-share/order-sales"
import { planReversals, type EntryInput } from "../../../lib/revenue-share/plan"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"

export const planOrderReversalStepId = "plan-order-reversal"

/** Works out the reversal entries an order still needs for its refunds and its cancellation (read-only, under the order's lock). */
export const planOrderReversalStep = createStep(planOrderReversalStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const [sale] = await loadOrderSales(container, [order_id])
  if (!sale) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
  const existing = await container.resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ order_id })
  return new StepResponse<EntryInput[]>(planReversals(sale, existing as unknown as EntryInput[], new Date()))
})
