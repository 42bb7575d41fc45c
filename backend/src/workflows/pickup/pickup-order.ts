import type { OutletPickup, OutletPickupState } from "@karya-binaan/contract"
import { PAY_AT_OUTLET_PROVIDER_ID } from "../../modules/pay-at-outlet"

/**
 * Reading a pickup order (an order linked to the outlet the shopper chose,
 * links/order-pickup-outlet.ts) the same way for the outlet's portal, the
 * collection workflow and the deadline sweep.
 */
export const PICKUP_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "total",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.detail.fulfilled_quantity",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "fulfillments.id",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.shipped_at",
  "outlet.id",
]

type When = string | Date | null | undefined
type Amount = number | string | { numeric?: number } | null | undefined

export type PickupOrderRow = {
  id: string
  display_id?: number | null
  created_at?: When
  status?: string | null
  currency_code?: string | null
  total?: Amount
  items?: ({ id: string; title?: string | null; variant_title?: string | null; quantity?: Amount; detail?: { fulfilled_quantity?: Amount } | null } | null)[] | null
  shipping_address?: { first_name?: string | null; last_name?: string | null; phone?: string | null } | null
  payment_collections?: ({ payments?: ({ id: string; provider_id?: string | null; amount?: Amount; captured_at?: When; canceled_at?: When } | null)[] | null } | null)[] | null
  fulfillments?: ({ id: string; delivered_at?: When; canceled_at?: When; shipped_at?: When } | null)[] | null
  outlet?: { id: string } | null
}

/** BigNumbers reach query results as numbers, strings or `{ numeric }`. */
export const amountOf = (value: Amount): number =>
  value == null ? 0 : typeof value === "object" ? Number(value.numeric ?? 0) : Number(value)

const iso = (value: When): string | null => (value ? new Date(value).toISOString() : null)

const livePayments = (row: PickupOrderRow) =>
  (row.payment_collections ?? []).flatMap((c) => c?.payments ?? []).filter((p): p is NonNullable<typeof p> => !!p && !p.canceled_at)

/** The order's live pay-at-outlet payment, if the shopper chose to pay at the outlet. */
export const payAtOutletPayment = (row: PickupOrderRow) => livePayments(row).find((p) => p.provider_id === PAY_AT_OUTLET_PROVIDER_ID) ?? null

/** Paid: some live payment captured (online, or at the counter). */
export const isPaid = (row: PickupOrderRow) => livePayments(row).some((p) => !!p.captured_at)

const liveFulfillments = (row: PickupOrderRow) => (row.fulfillments ?? []).filter((f): f is NonNullable<typeof f> => !!f && !f.canceled_at)

/** Every unit packed by its cohort and sent to the outlet. */
export const allPacked = (row: PickupOrderRow) =>
  (row.items ?? []).every((i) => !i || amountOf(i.detail?.fulfilled_quantity) >= amountOf(i.quantity))

/** Handed over: every live fulfilment delivered (at least one). */
export const collectedAt = (row: PickupOrderRow): string | null => {
  const live = liveFulfillments(row)
  if (!live.length || live.some((f) => !f.delivered_at)) return null
  return iso(live.map((f) => new Date(f.delivered_at as string | Date)).sort((a, b) => b.getTime() - a.getTime())[0])
}

export function pickupState(row: PickupOrderRow): OutletPickupState {
  if (row.status === "canceled") return "canceled"
  if (collectedAt(row)) return "collected"
  return allPacked(row) ? "ready" : "awaiting_goods"
}

/** Days an unpaid pay-at-outlet order waits for its shopper (PAY_AT_OUTLET_HOLD_DAYS, default 7). */
export function holdDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.PAY_AT_OUTLET_HOLD_DAYS ?? 7)
  return Number.isFinite(days) && days > 0 ? days : 7
}

/** When an uncollected pay-at-outlet order is cancelled; null for orders paid online (they wait as long as it takes). */
export function collectBy(row: PickupOrderRow, days = holdDays()): string | null {
  if (!payAtOutletPayment(row) || !row.created_at) return null
  return new Date(new Date(row.created_at).getTime() + days * 24 * 60 * 60 * 1000).toISOString()
}

/** The order as the outlet's staff see it. */
export type PickupTakingRow = { amount: number; collected_at: When; settled_at?: When }

export function outletPickupView(row: PickupOrderRow, taking: PickupTakingRow | null = null, days = holdDays()): OutletPickup {
  const cash = payAtOutletPayment(row)
  const state = pickupState(row)
  const name = [row.shipping_address?.first_name, row.shipping_address?.last_name].filter(Boolean).join(" ")
  return {
    id: row.id,
    display_id: row.display_id ?? 0,
    created_at: iso(row.created_at) ?? "",
    customer_name: name,
    phone: row.shipping_address?.phone ?? null,
    items: (row.items ?? []).flatMap((i) => (i ? [{ id: i.id, title: i.title ?? "", variant_title: i.variant_title ?? null, quantity: amountOf(i.quantity) }] : [])),
    currency_code: row.currency_code ?? "idr",
    total: amountOf(row.total),
    pay_at_outlet: !!cash,
    amount_to_collect: cash && !cash.captured_at && state !== "canceled" ? amountOf(cash.amount) : 0,
    state,
    collect_by: state === "collected" || state === "canceled" ? null : collectBy(row, days),
    collected_at: collectedAt(row),
    cash_taken: taking ? { amount: taking.amount, collected_at: iso(taking.collected_at) ?? "", settled_at: iso(taking.settled_at) } : null,
  }
}
