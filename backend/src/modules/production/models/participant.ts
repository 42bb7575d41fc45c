import { model } from "@medusajs/framework/utils"
import { BatchContribution } from "./batch-contribution"

/**
 * A person in a cohort who makes goods. Known to the public nowhere: the
 * system-made code is the only handle, the display name is for the cohort's
 * coordinators and operators only, and no /store route ever reads this table.
 */
export const Participant = model
  .define("participant", {
    id: model.id({ prefix: "ptcp" }).primaryKey(),
    // Pseudonym like "KB-PLJ-0042": programme, area of the cohort, sequence.
    code: model.text().unique(),
    display_name: model.text().nullable(),
    active: model.boolean().default(true),
    // The cohort (module link cohort → participants, read-only on this column).
    cohort_id: model.text(),
    contributions: model.hasMany(() => BatchContribution, { mappedBy: "participant" }),
  })
  .indexes([{ on: ["cohort_id"] }])
