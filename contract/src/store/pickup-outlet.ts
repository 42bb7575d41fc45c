/** One period of an outlet's opening hours: ISO weekdays (Monday = 1) and "HH:MM" times. */
export type OpeningHoursPeriod = { days: number[]; opens: string; closes: string }

/** A partner outlet where a shopper may collect an order ("Ambil di Outlet Mitra"). */
export type StorePickupOutlet = {
  id: string
  name: string
  address_1: string
  address_2: string | null
  city: string
  province: string
  postal_code: string | null
  contact_phone: string
  opening_hours: OpeningHoursPeriod[]
}

export type StorePickupOutletListResponse = { pickup_outlets: StorePickupOutlet[] }
export type StoreCartPickupOutletResponse = { pickup_outlet: StorePickupOutlet | null }
