import { SHIPPING_ADDRESS_FIELDS } from "../../../lib/shipping-address-fields"

/**
 * What a guest sees of an order found by number and email: enough to check
 * what was bought, where it goes and whether it is paid, nothing internal.
 */
export const LOOKUP_ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "status",
  "currency_code",
  "item_total",
  "shipping_total",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.thumbnail",
  ...SHIPPING_ADDRESS_FIELDS,
  "shipping_methods.name",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payments.provider_id",
]
