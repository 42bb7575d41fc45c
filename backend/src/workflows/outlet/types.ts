/** What an operator (or the seed) gives to open an outlet. */
export type CreateOutletInput = {
  name: string
  handle: string
  pertamina_centre: string
  address_1: string
  address_2?: string | null
  city: string
  province: string
  postal_code?: string | null
  contact_name: string
  contact_phone: string
  contact_email: string
  payment_terms_days: number
  minimum_order_value: number
  /** Cartons per product: the outlet buys these only in multiples of `units`. */
  case_packs?: { product_id: string; units: number }[]
  /** Wholesale prices in whole rupiah per variant (the outlet's price list). */
  prices?: { variant_id: string; amount: number }[]
  /** Products published to the outlet's channel (what its buyers can order). */
  product_ids?: string[]
  /** Stock locations the outlet's carts reserve from (the cohorts'), and the dispatch location's shipping options. */
  stock_location_ids?: string[]
  /** The location holding the shop's shipping options (pickup), offered to consignment carts too. */
  dispatch_location_id?: string
}

/**
 * The buyer an outlet workflow acts for and their outlet's Medusa records, as
 * the /outlet routes resolve them once per request (api/outlet/scope.ts) and
 * hand them in: workflows never look them up from a route's file.
 */
export type OutletBuyer = {
  outlet_id: string
  sales_channel_id: string
  customer_group_id: string
  customer_id: string
  email: string
}
