import type { DateTime } from "../common/date-time"
import type { OutletProfile } from "../outlet/me"

export type OutletStatus = "active" | "inactive"

/** A partner outlet as operators see it: the buyer's view of it, plus its status and its Medusa records. */
export type AdminOutlet = Omit<OutletProfile, "case_packs"> & {
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
