import type { DateTime } from "./date-time"

/** Units of one batch placed at an outlet; what is left there is quantity − sold − returned. */
export type ConsignmentPlacement = {
  id: string
  outlet_id: string
  batch_id: string
  cohort_id: string
  variant_id: string
  quantity: number
  sold_quantity: number
  returned_quantity: number
  created_at: DateTime
}

export type ConsignmentPlacementResponse = { placement: ConsignmentPlacement }

/** An outlet's consigned stock, placement by placement: product and batch, never who made it. */
export type ConsignmentStock = {
  placement_id: string
  variant_id: string
  sku: string | null
  product_title: string
  variant_title: string
  batch_code: string
  expiry_date: string | null
  placed: number
  sold: number
  returned: number
  open: number
}

export type ConsignmentStockListResponse = { consignments: ConsignmentStock[] }
