import type { OrderAllocationResponse } from "@karya-binaan/contract"
import { BANK_TRANSFER_PROVIDER_ID } from "../../lib/payment-providers"

/**
 * What the operator must read about a bank-transfer order's money. Medusa's
 * manual provider authorizes a transfer at checkout, so its own badge says
 * "Diotorisasi"/"Authorized" while nothing has arrived yet.
 */
export type TransferState = "awaiting_transfer" | "partially_paid" | "paid" | "refunded" | "canceled"

type PaymentFacts = {
  status?: string | null
  payment_status?: string | null
  metadata?: Record<string, unknown> | null
  payment_collections?: readonly ({ payments?: readonly ({ provider_id?: string | null; captured_at?: string | Date | null } | null)[] | null } | null)[] | null
}

const paymentsOf = (order: PaymentFacts) =>
  (order.payment_collections ?? []).flatMap((c) => (c?.payments ?? []).filter((p): p is NonNullable<typeof p> => !!p))

/** The shop order's transfer state, or null for orders not paid by transfer (cards) and outlet orders (invoiced, their own panel). */
export function transferState(order: PaymentFacts): TransferState | null {
  if (order.metadata?.outlet_id) return null
  if (!paymentsOf(order).some((p) => p.provider_id === BANK_TRANSFER_PROVIDER_ID)) return null
  if (order.status === "canceled" || order.payment_status === "canceled") return "canceled"
  if (order.payment_status === "refunded" || order.payment_status === "partially_refunded") return "refunded"
  if (order.payment_status === "captured") return "paid"
  if (order.payment_status === "partially_captured") return "partially_paid"
  return "awaiting_transfer"
}

/** When the order's money was last captured (any provider), or null while none is. */
export function lastCapturedAt(order: PaymentFacts): Date | null {
  const times = paymentsOf(order)
    .map((p) => (p.captured_at ? new Date(p.captured_at).getTime() : NaN))
    .filter((t) => !Number.isNaN(t))
  return times.length ? new Date(Math.max(...times)) : null
}

/** How long after a capture the Bagi hasil panel keeps asking: allocation normally lands within seconds; a missing rule never does. */
export const ALLOCATION_WAIT_MS = 2 * 60_000
export const ALLOCATION_POLL_MS = 1_500

const allocatedAny = (shares: OrderAllocationResponse | undefined) =>
  !!shares?.lines.some((l) => l.entries.some((e) => e.kind === "allocation"))

/**
 * Whether to read the revenue shares again: the payment was captured recently
 * and its allocation (written by the payment.captured subscriber) is not there yet.
 */
export function allocationPending(shares: OrderAllocationResponse | undefined, capturedAt: Date | null, now = Date.now()): boolean {
  return !!capturedAt && now - capturedAt.getTime() < ALLOCATION_WAIT_MS && !allocatedAny(shares)
}
