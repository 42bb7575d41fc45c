import { SHIPPING_ADDRESS_FIELDS } from "../../../lib/shipping-address-fields"

/** A batch as coordinators see it, with its variant and product through the batch ↔ variant link. */
export const BATCH_FIELDS = [
  "id",
  "batch_code",
  "cohort_id",
  "variant_id",
  "quantity",
  "remaining_quantity",
  "production_date",
  "expiry_date",
  "expired_at",
  "expired_quantity",
  "created_at",
  "contributions.id",
  "contributions.units",
  "contributions.hours",
  "contributions.participant.id",
  "contributions.participant.code",
  "contributions.participant.display_name",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.title",
]

/** What a recall list needs of an order: who to contact, where it went, which lines. */
export const RECALL_ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "status",
  "created_at",
  "items.id",
  "items.title",
  "items.variant_title",
  ...SHIPPING_ADDRESS_FIELDS,
]
