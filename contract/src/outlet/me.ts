/** The buyer's outlet: details, terms and case packs (the portal's header, grid and invoice). */
export type OutletProfile = {
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
  /** Whole rupiah. */
  minimum_order_value: number
  /** query.graph may answer a missing related row as null. */
  case_packs: ({ product_id: string; units: number } | null)[]
}

/** The signed-in buyer (a Medusa customer in the outlet's group). */
export type OutletBuyer = { id: string; email: string | null; first_name: string | null; last_name: string | null }

export type OutletMeResponse = { outlet: OutletProfile; buyer: OutletBuyer }
