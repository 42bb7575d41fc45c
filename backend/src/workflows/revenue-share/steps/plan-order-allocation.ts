import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadAllocationContext } from "../../../lib/revenue-share/allocation-context"
import { loadOrderSales } from "../../../lib/revenue-share/order-sales"
import { planAllocation, type EntryInput } from "../../../lib/revenue-share/plan"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"

export const planOrderAllocationStepId = "plan-order-allocation"

/**
 * Works out the allocation entries of a captured order that do not exist yet
 * (read-only; runs under the order's lock, so "not yet" stays true until written).
 */
export const planOrderAllocationStep = createStep(planOrderAllocationStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const [sale] = await loadOrderSales(container, [order_id])
  if (!sale) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
  const existing = await container
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listLedgerEntries({ order_id, kind: "allocation" }, { select: ["line_item_id"] })
  const ctx = await loadAllocationContext(container, sale, new Set(existing.map((e) => e.line_item_id)))
  try {
    return new StepResponse<EntryInput[]>(planAllocation(sale, ctx))
  } catch (e) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tidak ada aturan bagi hasil yang berlaku: ${(e as Error).message}`)
  }
})
