import { model } from "@medusajs/framework/utils"
import { BatchContribution } from "./batch-contribution"
import { BatchDraw } from "./batch-draw"

/**
 * One production run of one variant: the unit of stock, of food traceability
 * (which orders got it) and of pay (who made it). Its quantity went into the
 * cohort's stock location when it was recorded; `remaining_quantity` is what
 * has not yet been drawn by orders or written off at expiry.
 */
export const ProductionBatch = model
  .define("production_batch", {
    id: model.id({ prefix: "pbat" }).primaryKey(),
    batch_code: model.text(),
    cohort_id: model.text(),
    variant_id: model.text(),
    // Where its units were stocked, so expiry and compensation adjust that level.
    inventory_item_id: model.text(),
    location_id: model.text(),
    quantity: model.number(),
    remaining_quantity: model.number(),
    production_date: model.dateTime(),
    // Required for food (a product with a food label); crafts don't expire.
    expiry_date: model.dateTime().nullable(),
    // Set once the expired remainder was taken out of sellable stock.
    expired_at: model.dateTime().nullable(),
    expired_quantity: model.number().default(0),
    contributions: model.hasMany(() => BatchContribution, { mappedBy: "batch" }),
    draws: model.hasMany(() => BatchDraw, { mappedBy: "batch" }),
  })
  .cascades({ delete: ["contributions"] })
  .indexes([
    { on: ["cohort_id", "batch_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id"] },
    { on: ["expiry_date"] },
  ])
