import { model } from "@medusajs/framework/utils"
import { TrainingAttendance } from "./training-attendance"

export const TRAINING_KINDS = ["training", "study_visit"] as const
export const SKILL_LINES = ["olahan_pisang", "olahan_tempe", "tali_meiwa", "eceng_gondok", "food_safety", "business"] as const

/**
 * A training session or a study visit (to a Pertamina culinary centre) held
 * for one cohort, with the participants who attended it. Recorded by the
 * cohort's coordinator or an operator; the impact figures count it.
 */
export const Training = model
  .define("training", {
    id: model.id({ prefix: "trn" }).primaryKey(),
    cohort_id: model.text(),
    kind: model.enum([...TRAINING_KINDS]).default("training"),
    skill_line: model.enum([...SKILL_LINES]),
    title: model.text(),
    // Jakarta date YYYY-MM-DD: a day, not an instant.
    held_on: model.text(),
    // The facility or culinary centre, as people name it.
    place: model.text(),
    trainer_org: model.text(),
    hours: model.float(),
    // Who recorded it: a Medusa user (operator) or a coordinator.
    created_by: model.text().nullable(),
    attendances: model.hasMany(() => TrainingAttendance, { mappedBy: "training" }),
  })
  .cascades({ delete: ["attendances"] })
  .indexes([{ on: ["cohort_id"] }, { on: ["held_on"] }])
