import type { MedusaContainer } from "@medusajs/framework/types"
import type { CohortOrder } from "@karya-binaan/contract"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { awaitsPayment, type PackingPaymentRow } from "../../../workflows/production/packing-payment"

/** The ids of the products a cohort makes (cohort ↔ product link). */
export async function cohortProductIds(scope: MedusaContainer, cohortId: string): Promise<string[]> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cohort",
    fields: ["products.id"],
    filters: { id: cohortId },
  })
  const products: ({ id: string } | null)[] = data[0]?.products ?? []
  return products.flatMap((p) => (p ? [p.id] : []))
}

type Line = {
  id: string
  title: string
  subtitle?: string | null
  product_id?: string | null
  product_title?: string | null
  variant_id?: string | null
  variant_sku?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number
  detail?: { quantity?: number; fulfilled_quantity?: number; shipped_quantity?: number } | null
}
type Fulfillment = {
  id: string
  location_id: string
  packed_at?: string | null
  shipped_at?: string | null
  canceled_at?: string | null
  metadata?: Record<string, unknown> | null
  items?: { line_item_id: string | null; quantity: number }[]
  labels?: { tracking_number: string }[]
}
export type CohortOrderRow = PackingPaymentRow & {
  id: string
  display_id: number | string
  status: string
  created_at: string
  currency_code: string
  shipping_address?: Record<string, unknown> | null
  shipping_methods?: { name: string }[] | null
  items?: (Line | null)[] | null
  fulfillments?: (Fulfillment | null)[] | null
  batch_draws?: (DrawRow | null)[] | null
}

type DrawRow = {
  line_item_id: string
  quantity: number
  batch?: { id: string; batch_code: string; expiry_date: string | null; production_date: string } | null
}

export type LineBatch = { line_item_id: string; batch_id: string; batch_code: string; quantity: number }

/**
 * One order as a cohort sees it: only its own lines and the fulfilments
 * of those lines; other cohorts' lines, prices and totals, the buyer's email
 * and the payment stay out (only whether it may be packed yet).
 */
export function cohortView(order: CohortOrderRow, productIds: Set<string>): CohortOrder {
  const draws = lineBatches(order.batch_draws)
  const lines = (order.items ?? []).filter((l): l is Line => !!l && !!l.product_id && productIds.has(l.product_id))
  const own = new Set(lines.map((l) => l.id))
  const fulfillments = (order.fulfillments ?? []).filter(
    (f): f is Fulfillment => !!f && (f.items ?? []).some((i) => i.line_item_id && own.has(i.line_item_id))
  )
  return {
    id: order.id,
    display_id: Number(order.display_id),
    status: order.status,
    awaiting_payment: awaitsPayment(order),
    created_at: order.created_at,
    currency_code: order.currency_code,
    shipping_address: order.shipping_address ?? null,
    shipping_method: order.shipping_methods?.[0]?.name ?? null,
    items: lines.map((l) => ({
      id: l.id,
      title: l.title,
      product_id: l.product_id,
      product_title: l.product_title,
      variant_id: l.variant_id,
      variant_sku: l.variant_sku,
      variant_title: l.variant_title,
      // The ordered quantity lives on the order item (detail); the line copy is not always loaded.
      quantity: amount(l.detail?.quantity ?? l.quantity),
      unit_price: Number(l.unit_price),
      fulfilled_quantity: amount(l.detail?.fulfilled_quantity),
      shipped_quantity: amount(l.detail?.shipped_quantity),
      // Which production batches supplied the line (FEFO draw at order.placed).
      batches: draws
        .filter((d) => d.line_item_id === l.id)
        .map((d) => ({ batch_id: d.batch_id, batch_code: d.batch_code, quantity: d.quantity })),
    })),
    fulfillments: fulfillments.map((f) => ({
      id: f.id,
      location_id: f.location_id,
      packed_at: f.packed_at ?? null,
      shipped_at: f.shipped_at ?? null,
      canceled_at: f.canceled_at ?? null,
      carrier: (f.metadata?.carrier as string | undefined) ?? null,
      tracking_number: f.labels?.[0]?.tracking_number ?? (f.metadata?.tracking_number as string | undefined) ?? null,
      items: (f.items ?? []).map((i) => ({ line_item_id: i.line_item_id, quantity: amount(i.quantity) })),
    })),
  }
}

// Order quantities can arrive as numbers, strings or Medusa BigNumbers (with a
// raw_ twin); Number() turns the latter into NaN, which JSON sends as null.
function amount(value: unknown): number {
  if (value === null || value === undefined) return 0
  return MathBN.convert(value as Parameters<typeof MathBN.convert>[0]).toNumber()
}

/** The cohort that packed a fulfilment of the order (set when packing), if any. */
export async function fulfillmentCohortId(scope: MedusaContainer, orderId: string, fulfillmentId: string): Promise<string | undefined> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["fulfillments.id", "fulfillments.metadata"],
    filters: { id: orderId },
  })
  const fulfillments: ({ id: string; metadata?: Record<string, unknown> | null } | null)[] = data[0]?.fulfillments ?? []
  const cohortId = fulfillments.find((f) => f?.id === fulfillmentId)?.metadata?.cohort_id
  return typeof cohortId === "string" ? cohortId : undefined
}

/** An order's batch draws with batch codes, in the order they were drawn (first expiry first). */
function lineBatches(rows: (DrawRow | null)[] | null | undefined): LineBatch[] {
  const time = (d: string | null) => (d ? new Date(d).getTime() : Infinity)
  return (rows ?? [])
    .flatMap((d) => (d?.batch ? [{ ...d, batch: d.batch }] : []))
    .sort(
      (x, y) =>
        time(x.batch.expiry_date) - time(y.batch.expiry_date) ||
        time(x.batch.production_date) - time(y.batch.production_date) ||
        x.batch.id.localeCompare(y.batch.id)
    )
    .map((d) => ({ line_item_id: d.line_item_id, batch_id: d.batch.id, batch_code: d.batch.batch_code, quantity: d.quantity }))
}
