import { model } from "@medusajs/framework/utils"
import { ProductionBatch } from "./production-batch"

/**
 * Units of a batch that went to one order line (first expiry, first out).
 * Unique per line and batch: a redelivered order.placed can't draw twice.
 */
export const BatchDraw = model
  .define("batch_draw", {
    id: model.id({ prefix: "pbdrw" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    quantity: model.number(),
    batch: model.belongsTo(() => ProductionBatch, { mappedBy: "draws" }),
  })
  .indexes([
    { on: ["line_item_id", "batch_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
  ])
