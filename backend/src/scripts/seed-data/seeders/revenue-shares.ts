import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sharedLines, type OrderSale } from "../../../modules/revenue-share/order-sale"
import { loadOrderSales } from "../../../workflows/revenue-share/order-sales"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerModuleService } from "../../../modules/ledger/service"
import { REVENUE_SHARE_MODULE } from "../../../modules/revenue-share"
import type { RevenueShareModuleService } from "../../../modules/revenue-share/service"
import { allocateOrderRevenueWorkflow } from "../../../workflows/revenue-share/allocate-order-revenue"
import { createRevenueShareRuleWorkflow } from "../../../workflows/revenue-share/create-revenue-share-rule"
import { REVENUE_SHARE_RULES, RULES_EFFECTIVE_FROM } from "../revenue-shares"
import type { CohortIds } from "./cohorts"

/** Creates the demo rules once: nothing is added where any rule exists. Returns how many were created. */
export async function seedRevenueShares(container: MedusaContainer, cohorts: CohortIds): Promise<number> {
  const [any] = await container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE).listRevenueShareRules({}, { take: 1, select: ["id"] })
  if (any) return 0
  let created = 0
  for (const rule of REVENUE_SHARE_RULES) {
    const cohortId = rule.cohort_handle ? cohorts.get(rule.cohort_handle)?.id : null
    if (cohortId === undefined) continue
    await createRevenueShareRuleWorkflow(container).run({
      input: { cohort_id: cohortId, sales_channel_id: null, name: rule.name, effective_from: RULES_EFFECTIVE_FROM, buckets: rule.buckets },
    })
    created++
  }
  return created
}

/**
 * Orders captured before the ledger existed (older demo databases) get their
 * allocation, so `npm run ledger:verify` holds there too. Returns how many.
 */
export async function backfillAllocations(container: MedusaContainer): Promise<number> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["captured_at", "payment_collection.order.id"],
    filters: { captured_at: { $ne: null } },
  })
  type Row = { payment_collection?: { order?: { id: string } | null } | null }
  const orderIds = [...new Set((data as Row[]).flatMap((p) => (p.payment_collection?.order?.id ? [p.payment_collection.order.id] : [])))]
  if (!orderIds.length) return 0
  const allocated = new Set(
    (await container.resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ order_id: orderIds, kind: "allocation" }, { select: ["order_id"] })).map(
      (e) => e.order_id
    )
  )
  const pending = (await loadOrderSales(container, orderIds.filter((id) => !allocated.has(id)))).filter((s: OrderSale) => sharedLines(s).length)
  for (const sale of pending) await allocateOrderRevenueWorkflow(container).run({ input: { order_id: sale.id } })
  return pending.length
}
