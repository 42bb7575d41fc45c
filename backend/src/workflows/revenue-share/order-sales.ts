import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { lineNetRevenue, type MoneyEvent, type OrderSale, type SaleLine } from "../../modules/revenue-share/order-sale"

// An order's lines as the revenue share reads them. Asking for a top-level
// total makes the order module compute line totals.
export const SALE_LINE_FIELDS = [
  "item_total",
  "items.id",
  "items.title",
  "items.product_id",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.discount_subtotal",
  "items.detail.quantity",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
]

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "canceled_at",
  "sales_channel_id",
  ...SALE_LINE_FIELDS,
  "payment_collections.payments.captures.id",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

type Num = Parameters<typeof MathBN.convert>[0] | null | undefined
const num = (v: Num): number => (v === null || v === undefined ? 0 : MathBN.convert(v).toNumber())

// What Query returns for ORDER_FIELDS (amounts and quantities may be BigNumbers).
type MoneyRow = { id: string; amount: Num; created_at: string | Date }
export type SaleItemRow = {
  id: string
  title: string
  product_id?: string | null
  variant_id?: string | null
  quantity: Num
  subtotal: Num
  discount_subtotal: Num
  detail?: { quantity?: Num; return_received_quantity?: Num; return_dismissed_quantity?: Num } | null
}
type OrderRow = {
  id: string
  // A number at run time; Query's generated Order type says string.
  display_id: number | string
  status: string
  created_at: string | Date
  canceled_at?: string | Date | null
  sales_channel_id: string
  items?: (SaleItemRow | null)[] | null
  payment_collections?: ({ payments?: ({ captures?: (MoneyRow | null)[] | null; refunds?: (MoneyRow | null)[] | null } | null)[] | null } | null)[] | null
}

/** Orders with their lines, cohorts, captures and refunds, in one query per kind (no per-line reads). */
export async function loadOrderSales(container: MedusaContainer, orderIds: string[]): Promise<OrderSale[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
  const orders = data as OrderRow[]
  const productIds = [...new Set(orders.flatMap((o) => (o.items ?? []).flatMap((i) => (i?.product_id ? [i.product_id] : []))))]
  const cohortOf = new Map<string, string>()
  if (productIds.length) {
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "cohort.id"], filters: { id: productIds } })
    for (const p of products as { id: string; cohort?: { id: string } | null }[]) if (p.cohort?.id) cohortOf.set(p.id, p.cohort.id)
  }
  return orders.map((o): OrderSale => {
    const payments = (o.payment_collections ?? []).flatMap((c) => c?.payments ?? [])
    const events = (kind: "captures" | "refunds"): MoneyEvent[] =>
      payments
        .flatMap((p) => p?.[kind] ?? [])
        .flatMap((e) => (e ? [{ id: e.id, amount: num(e.amount), created_at: new Date(e.created_at) }] : []))
        .sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id))
    return {
      id: o.id,
      display_id: Number(o.display_id),
      status: o.status,
      created_at: new Date(o.created_at),
      canceled_at: o.canceled_at ? new Date(o.canceled_at) : null,
      sales_channel_id: o.sales_channel_id,
      lines: saleLines(o.items, (productId) => cohortOf.get(productId) ?? null),
      captures: events("captures"),
      refunds: events("refunds"),
    }
  })
}

/** The order's lines (SALE_LINE_FIELDS) with their net revenue and the cohort that made each product. */
export function saleLines(items: (SaleItemRow | null)[] | null | undefined, cohortOf: (productId: string) => string | null): SaleLine[] {
  return (items ?? []).flatMap((i): SaleLine[] => {
    if (!i) return []
    const quantity = num(i.detail?.quantity ?? i.quantity)
    const returned = num(i.detail?.return_received_quantity) + num(i.detail?.return_dismissed_quantity)
    return [
      {
        id: i.id,
        title: i.title,
        product_id: i.product_id ?? null,
        variant_id: i.variant_id ?? null,
        quantity,
        net_revenue: lineNetRevenue({ quantity, subtotal: num(i.subtotal), discount_subtotal: num(i.discount_subtotal), returned }),
        cohort_id: (i.product_id && cohortOf(i.product_id)) || null,
      },
    ]
  })
}

/** One order as the revenue share sees it, or 404. */
export async function loadOrderSale(container: MedusaContainer, orderId: string, notFound = `Order ${orderId} was not found`): Promise<OrderSale> {
  const [sale] = await loadOrderSales(container, [orderId])
  if (!sale) throw new MedusaError(MedusaError.Types.NOT_FOUND, notFound)
  return sale
}
