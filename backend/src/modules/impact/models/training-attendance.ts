import { model } from "@medusajs/framework/utils"
import { Training } from "./training"

/** One participant (production module id) present at one training; once per pair. */
export const TrainingAttendance = model
  .define("training_attendance", {
    id: model.id({ prefix: "trnatt" }).primaryKey(),
    participant_id: model.text(),
    training: model.belongsTo(() => Training, { mappedBy: "attendances" }),
  })
  .indexes([
    { on: ["training_id", "participant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["participant_id"] },
  ])
