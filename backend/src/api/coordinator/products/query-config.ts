/**
 * A coordinator's product as the portal shows it: Medusa's own product shape
 * plus its cohort and food label (links); English comes from the Translation module.
 */
export const COORDINATOR_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "metadata",
  "thumbnail",
  "images.url",
  "images.rank",
  // The card-sized rendition of each photo: kept through an edit that sends the photo's URL alone.
  "images.metadata",
  "categories.id",
  "categories.name",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.weight",
  "variants.variant_rank",
  "variants.metadata",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "cohort.id",
  "food_label.*",
  "created_at",
  "updated_at",
]
