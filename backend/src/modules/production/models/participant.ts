import { model } from "@medusajs/framework/utils"
import { BatchContribution } from "./batch-contribution"

/** wbp: inmate inside; klien: on parole under Bapas; released: free, may keep producing. */
export const PARTICIPANT_STATUSES = ["wbp", "klien", "released"] as const
export const PARTICIPANT_AREAS = ["plaju", "banyuasin_i", "other"] as const

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
    // Impact profile (issue 17), still pseudonymous: where the person stands in
    // the justice system, where they live (null = the cohort's area), and when
    // they joined and left the programme (YYYY-MM-DD, Jakarta dates).
    status: model.enum([...PARTICIPANT_STATUSES]).default("wbp"),
    area: model.enum([...PARTICIPANT_AREAS]).nullable(),
    joined_on: model.text().nullable(),
    left_on: model.text().nullable(),
    contributions: model.hasMany(() => BatchContribution, { mappedBy: "participant" }),
  })
  .indexes([{ on: ["cohort_id"] }])
