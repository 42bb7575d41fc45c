import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderAllocationEntry, OrderAllocationResponse } from "@karya-binaan/contract"
import { saleLines, type SaleItemRow } from "../../../../../workflows/revenue-share/order-sales"
import { ORDER_REVENUE_FIELDS } from "./query-config"

type EntryRow = Omit<OrderAllocationEntry, "party_label" | "occurred_at"> & {
  line_item_id: string
  rule_id: string
  occurred_at: string | Date
  created_at: string | Date
  revenue_share_rule?: { id: string; name: string; version: number } | null
  participant?: { code: string } | null
  cohort?: { name: string; facility_name: string } | null
  sales_channel?: { name: string } | null
}
type OrderRow = {
  id: string
  display_id: number | string
  items?: ((SaleItemRow & { product?: { cohort?: { id: string } | null } | null }) | null)[] | null
  ledger_entries?: (EntryRow | null)[] | null
}

/**
 * A party's readable name: a participant's code (never the display name, so
 * labels are safe wherever an entry is shown), the cohort's name (material
 * fund), its facility's name (the facility share), the outlet channel's name.
 */
function partyLabel(e: EntryRow): string {
  const label: Record<string, string | undefined> = {
    participant: e.participant?.code,
    cohort: e.cohort?.name,
    facility: e.cohort?.facility_name,
    outlet: e.sales_channel?.name,
    platform: "Platform",
  }
  return label[e.party_type] ?? e.party_id
}

const time = (d: string | Date) => new Date(d).getTime()
const oldestFirst = (a: EntryRow, b: EntryRow) =>
  time(a.occurred_at) - time(b.occurred_at) || time(a.created_at) - time(b.created_at) || a.id.localeCompare(b.id)

/** An order's revenue share line by line (GET /admin/orders/:id/revenue-shares), entries oldest first. */
export async function orderRevenueView(container: MedusaContainer, orderId: string): Promise<OrderAllocationResponse> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ORDER_REVENUE_FIELDS, filters: { id: orderId } })
  const order = data[0] as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${orderId} tidak ditemukan.`)
  const cohortOf = new Map((order.items ?? []).flatMap((i) => (i?.product_id && i.product?.cohort?.id ? [[i.product_id, i.product.cohort.id] as const] : [])))
  const entries = (order.ledger_entries ?? []).flatMap((e) => (e ? [e] : [])).sort(oldestFirst)
  const totals_by_bucket: Record<string, number> = {}
  for (const e of entries) totals_by_bucket[e.bucket] = (totals_by_bucket[e.bucket] ?? 0) + e.amount
  return {
    order_id: order.id,
    display_id: Number(order.display_id),
    lines: saleLines(order.items, (productId) => cohortOf.get(productId) ?? null)
      .filter((l) => l.cohort_id)
      .map((l) => {
        const own = entries.filter((e) => e.line_item_id === l.id)
        const rule = own[0]?.revenue_share_rule
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
            party_label: partyLabel(e),
            amount: e.amount,
            kind: e.kind,
            occurred_at: e.occurred_at,
          })),
        }
      }),
    totals_by_bucket,
  }
}
