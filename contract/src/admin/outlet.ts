import type { DateTime } from "../common/date-time"

export type OutletStatus = "active" | "inactive"

/** A partner outlet as operators see it: the record, its terms and its Medusa records. */
export type AdminOutlet = {
  id: string
  name: string
  handle: string
  pertamina_centre: string
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string | null
  contact_name: string
  contact_phone: string
  contact_email: string
  payment_terms_days: number
  minimum_order_value: number
  status: OutletStatus
  consignment_sales_channel_id: string | null
  created_at: DateTime
  updated_at: DateTime
  case_packs?: ({ product_id: string; units: number } | null)[] | null
  sales_channel?: { id: string; name: string } | null
  customer_group?: { id: string; name: string } | null
  price_list?: { id: string; title: string } | null
}

export type AdminOutletResponse = { outlet: AdminOutlet }
export type AdminOutletListResponse = { outlets: AdminOutlet[] }

/** An outlet invoice marked paid: the payment reference and when. */
export type AdminOutletInvoicePaidResponse = { invoice: { order_id: string; paid_at: string; reference: string } }
