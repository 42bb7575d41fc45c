import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"
import { planOrderEntries, type EntryInput } from "../../../modules/revenue-share/plan"
import { loadAllocationSources } from "../allocation-sources"
import { loadOrderSale } from "../order-sales"

export const planOrderAllocationStepId = "plan-order-allocation"

export type PlannedOrderEntries = { allocations: EntryInput[]; reversals: EntryInput[] }

/**
 * Works out what a captured order's ledger still needs: allocations for lines
 * not yet allocated, and the reversals for refunds or a cancellation that came
 * before (a late allocation). Reads the order once and its ledger entries once;
 * writes nothing. Runs under the order's lock, so "not yet" stays true until written.
 */
export const planOrderAllocationStep = createStep(planOrderAllocationStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const sale = await loadOrderSale(container, order_id)
  const existing: EntryInput[] = await container.resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ order_id })
  const sources = await loadAllocationSources(container, sale)
  try {
    return new StepResponse<PlannedOrderEntries>(planOrderEntries(sale, existing, sources, new Date()))
  } catch (e) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tidak ada aturan bagi hasil yang berlaku: ${(e as Error).message}`)
  }
})
