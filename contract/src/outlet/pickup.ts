import type { PaginatedResponse } from "../common/list"

/**
 * A shop order a shopper collects at the outlet ("Ambil di Outlet Mitra"), as
 * the outlet's staff see it: who comes, what to hand over, what to take in
 * cash when it is paid at the outlet. No email: the staff need a name and a phone.
 */
export type OutletPickupLine = { id: string; title: string; variant_title: string | null; quantity: number }

export type OutletPickupState = "awaiting_goods" | "ready" | "collected" | "canceled"

export type OutletPickup = {
  id: string
  display_id: number
  created_at: string
  customer_name: string
  phone: string | null
  items: OutletPickupLine[]
  currency_code: string
  total: number
  /** The shopper pays here, in cash, when collecting. */
  pay_at_outlet: boolean
  /** Whole rupiah still to take at the counter (0 when paid online or already collected). */
  amount_to_collect: number
  state: OutletPickupState
  /** An uncollected pay-at-outlet order is cancelled after this moment (ISO). */
  collect_by: string | null
  collected_at: string | null
  /** Cash this outlet took for the order, held for settlement with the programme. */
  cash_taken: { amount: number; collected_at: string; settled_at: string | null } | null
}

export type OutletPickupResponse = { pickup: OutletPickup }
export type OutletPickupListResponse = PaginatedResponse & { pickups: OutletPickup[] }
