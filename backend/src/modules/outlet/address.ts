/** An outlet record as an order address (delivery, invoice), in Indonesia. */
export function outletAddress(o: {
  name: string
  contact_name: string
  contact_phone: string
  address_1: string
  address_2?: string | null
  city: string
  province: string
  postal_code?: string | null
}) {
  return {
    first_name: o.contact_name,
    last_name: "",
    company: o.name,
    address_1: o.address_1,
    address_2: o.address_2 ?? "",
    city: o.city,
    province: o.province,
    postal_code: o.postal_code ?? "",
    country_code: "id",
    phone: o.contact_phone,
  }
}
