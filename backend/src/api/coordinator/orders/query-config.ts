import { SHIPPING_ADDRESS_FIELDS } from "../../../lib/shipping-address-fields"
import { PACKING_PAYMENT_FIELDS } from "../../../workflows/production/packing-payment"

/**
 * An order as a cohort packs it; the route keeps only the cohort's own lines
 * and fulfilments. No buyer email: the address and phone are all shipping
 * needs. Payment fields only to tell whether it may be packed yet.
 */
export const COHORT_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  ...PACKING_PAYMENT_FIELDS,
  "created_at",
  "currency_code",
  ...SHIPPING_ADDRESS_FIELDS,
  "shipping_methods.name",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_sku",
  "items.variant_title",
  "items.quantity",
  "items.detail.quantity",
  "items.unit_price",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
  "fulfillments.labels.tracking_number",
  // Which batches supplied each line (FEFO draws, links/order-batch-draws.ts), with what orders them first expiry first.
  "batch_draws.line_item_id",
  "batch_draws.quantity",
  "batch_draws.batch.id",
  "batch_draws.batch.batch_code",
  "batch_draws.batch.expiry_date",
  "batch_draws.batch.production_date",
]
