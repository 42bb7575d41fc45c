/**
 * The shipping address as query.graph fields: what a coordinator packs to and
 * a recall list or a guest's order lookup shows (the whole postal address and
 * phone, nothing else of the address record).
 */
export const SHIPPING_ADDRESS_FIELDS = [
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.country_code",
]
