import { model } from "@medusajs/framework/utils"

/**
 * One product's searchable text in one language: "id" (the catalog's base
 * language) or a translation's locale code ("en-US"). Published state and
 * sales channels are copied here so a search filters without reaching into
 * the product module; the store route still confirms them on Medusa's own
 * data before answering. The migration adds `vector`, a tsvector generated
 * from these columns (title weighted above categories and cohort, above the
 * description), and its GIN index: DML has no type for it.
 */
export const SearchDocument = model
  .define("search_document", {
    id: model.id({ prefix: "sdoc" }).primaryKey(),
    product_id: model.text(),
    handle: model.text(),
    locale: model.text(),
    title: model.text(),
    keywords: model.text(),
    description: model.text(),
    published: model.boolean().default(false),
    sales_channel_ids: model.json(),
  })
  .indexes([{ on: ["product_id", "locale"], unique: true, where: "deleted_at IS NULL" }])
