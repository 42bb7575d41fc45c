import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileOrderAllocationsWorkflow } from "../workflows/revenue-share/reconcile-order-allocations"

// Captures of the last week: a crash is noticed within minutes; older gaps are the operator's repair (ledger:verify -- --repair).
const LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000

/** Every 10 minutes: captured orders a crash left without their revenue split get it. */
export default async function reconcileOrderAllocations(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await reconcileOrderAllocationsWorkflow(container).run({
    input: { captured_since: new Date(Date.now() - LOOKBACK_MS).toISOString() },
  })
  if (result.allocated.length) {
    logger.warn(`Reconciliation allocated ${result.allocated.length} captured order(s) a crash had left unallocated: ${result.allocated.map((o) => `#${o.display_id}`).join(", ")}`)
  }
  for (const o of result.failed) logger.error(`Reconciliation could not allocate order #${o.display_id} (${o.order_id}): ${o.message}`)
}

export const config = {
  name: "reconcile-order-allocations",
  schedule: "*/10 * * * *",
}
