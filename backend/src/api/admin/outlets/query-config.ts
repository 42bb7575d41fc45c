/** An outlet as operators see it: the record, its terms and its Medusa records. */
export const ADMIN_OUTLET_FIELDS = [
  "*",
  "case_packs.product_id",
  "case_packs.units",
  "sales_channel.id",
  "sales_channel.name",
  "customer_group.id",
  "customer_group.name",
  "price_list.id",
  "price_list.title",
]
