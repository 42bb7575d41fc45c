import type { OrderAccess } from "./order-access"
import type { DateTime } from "../common/date-time"

/** What a guest sees of an order found by number and email: nothing internal. */
export type StoreLookupOrder = {
  id: string
  display_id: number
  email: string | null
  created_at: DateTime
  status: string
  payment_status: string | null
  fulfillment_status: string | null
  currency_code: string
  items: { id: string; title: string; variant_title: string | null; quantity: number; unit_price: number; total: number; thumbnail: string | null }[]
  /** The items as paid (tax included, after discounts): subtotal + shipping_total = total. */
  subtotal: number
  shipping_total: number
  total: number
  shipping_address: Record<string, string | null> | null
  shipping_methods: { name: string }[]
  payment_provider_ids: string[]
}

/** The order, and access to its detail (`GET /store/orders/:id`) for the browser that looked it up. */
export type StoreOrderLookupResponse = { order: StoreLookupOrder; order_access: OrderAccess }
