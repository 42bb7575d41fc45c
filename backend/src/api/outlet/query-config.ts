/** What a buyer sees of their outlet (no internal links or ids of other records). */
export const OUTLET_FIELDS = [
  "id",
  "name",
  "handle",
  "pertamina_centre",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "contact_name",
  "contact_phone",
  "contact_email",
  "payment_terms_days",
  "minimum_order_value",
  "case_packs.product_id",
  "case_packs.units",
]

/** An outlet order as the portal and the invoice show it. */
export const OUTLET_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "payment_status",
  "fulfillment_status",
  "sales_channel_id",
  "metadata",
  "currency_code",
  "item_total",
  "shipping_total",
  "tax_total",
  "total",
  "items.id",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_sku",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.amount",
]

/** The buyer as the portal's header shows them. */
export const OUTLET_BUYER_FIELDS = ["id", "email", "first_name", "last_name"]
