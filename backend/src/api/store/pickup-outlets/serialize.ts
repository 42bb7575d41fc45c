import type { OpeningHoursPeriod, StorePickupOutlet } from "@karya-binaan/contract"

type OutletRow = {
  id: string
  name: string
  address_1: string
  address_2?: string | null
  city: string
  province: string
  postal_code?: string | null
  contact_phone: string
  opening_hours?: unknown
}

/** What a shopper sees of a partner outlet: where and when to collect, never its terms, prices or buyers. */
export const PICKUP_OUTLET_SELECT = ["id", "name", "address_1", "address_2", "city", "province", "postal_code", "contact_phone", "opening_hours"] as const

export function toPickupOutlet(o: OutletRow): StorePickupOutlet {
  return {
    id: o.id,
    name: o.name,
    address_1: o.address_1,
    address_2: o.address_2 ?? null,
    city: o.city,
    province: o.province,
    postal_code: o.postal_code ?? null,
    contact_phone: o.contact_phone,
    opening_hours: Array.isArray(o.opening_hours) ? (o.opening_hours as OpeningHoursPeriod[]) : [],
  }
}
