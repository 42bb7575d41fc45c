import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type { LedgerModuleService } from "../../../../../modules/ledger/service"
import { REVENUE_SHARE_MODULE } from "../../../../../modules/revenue-share"
import type { RevenueShareModuleService } from "../../../../../modules/revenue-share/service"
import { loadOrderSale } from "../../../../../workflows/revenue-share/order-sales"
import { labelOf, partyLabels } from "../../../../../workflows/revenue-share/party-labels"

/** An order's revenue share line by line (GET /admin/orders/:id/revenue-shares), entries oldest first. */
export async function orderRevenueView(container: MedusaContainer, orderId: string) {
  const sale = await loadOrderSale(container, orderId, `Pesanan ${orderId} tidak ditemukan.`)
  const entries = await container
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listLedgerEntries({ order_id: orderId }, { order: { occurred_at: "ASC", created_at: "ASC", id: "ASC" } })
  const ruleIds = [...new Set(entries.map((e) => e.rule_id))]
  const rules = ruleIds.length
    ? await container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE).listRevenueShareRules({ id: ruleIds }, { select: ["id", "name", "version"] })
    : []
  const labels = await partyLabels(container, entries)
  const totals_by_bucket: Record<string, number> = {}
  for (const e of entries) totals_by_bucket[e.bucket] = (totals_by_bucket[e.bucket] ?? 0) + e.amount
  return {
    order_id: sale.id,
    display_id: sale.display_id,
    lines: sale.lines
      .filter((l) => l.cohort_id)
      .map((l) => {
        const own = entries.filter((e) => e.line_item_id === l.id)
        const rule = rules.find((r) => r.id === own[0]?.rule_id)
        return {
          line_item_id: l.id,
          title: l.title,
          cohort_id: l.cohort_id,
          net_revenue: l.net_revenue ?? 0,
          rule: rule ? { id: rule.id, version: rule.version, name: rule.name } : null,
          entries: own.map((e) => ({
            id: e.id,
            bucket: e.bucket,
            party_type: e.party_type,
            party_id: e.party_id,
            party_label: labelOf(labels, e),
            amount: e.amount,
            kind: e.kind,
            occurred_at: e.occurred_at,
          })),
        }
      }),
    totals_by_bucket,
  }
}
