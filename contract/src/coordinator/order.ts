/** A cohort's own line of an order, with what is packed, shipped and which batches supplied it. */
export type CohortOrderLine = {
  id: string
  title: string
  product_id: string | null | undefined
  product_title: string | null | undefined
  variant_id: string | null | undefined
  variant_sku: string | null | undefined
  variant_title: string | null | undefined
  quantity: number
  unit_price: number
  fulfilled_quantity: number
  shipped_quantity: number
  batches: { batch_id: string; batch_code: string; quantity: number }[]
}

/** A fulfilment of the cohort's lines, with its tracking once shipped. */
export type CohortOrderFulfillment = {
  id: string
  location_id: string
  packed_at: string | null
  shipped_at: string | null
  canceled_at: string | null
  carrier: string | null
  tracking_number: string | null
  items: { line_item_id: string | null; quantity: number }[]
}

/**
 * An order as a cohort sees it: only its own lines and their fulfilments; no
 * other cohort's lines or totals, no buyer email (the shipping address and
 * phone are what packing needs). `id` is what the pack and ship routes take.
 */
export type CohortOrder = {
  id: string
  display_id: number
  status: string
  /** Not paid yet (and not an outlet order on invoice terms): listed, but not to pack. */
  awaiting_payment: boolean
  created_at: string
  currency_code: string
  shipping_address: Record<string, unknown> | null
  shipping_method: string | null
  items: CohortOrderLine[]
  fulfillments: CohortOrderFulfillment[]
}

export type CohortOrderListResponse = { orders: CohortOrder[]; count: number; limit: number; offset: number }

/** The fulfilment a pack or ship request created or changed. */
export type CohortFulfillmentResponse = { fulfillment: { id: string } }
