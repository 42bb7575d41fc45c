import { model } from "@medusajs/framework/utils"
import { Participant } from "./participant"
import { ProductionBatch } from "./production-batch"

/** A participant's share of the work on a batch, in units made or hours worked. */
export const BatchContribution = model.define("batch_contribution", {
  id: model.id({ prefix: "pbcon" }).primaryKey(),
  units: model.number().nullable(),
  hours: model.float().nullable(),
  batch: model.belongsTo(() => ProductionBatch, { mappedBy: "contributions" }),
  participant: model.belongsTo(() => Participant, { mappedBy: "contributions" }),
})
