import { model } from "@medusajs/framework/utils"

/**
 * A cohort coordinator: staff at a facility (or a partner NGO) who lists the
 * cohort's products and runs its production. Signs in as the Medusa auth actor
 * `coordinator` (emailpass); the auth identity's app_metadata.coordinator_id
 * points here. Which cohorts they hold is the coordinator ↔ cohort module link.
 */
export const Coordinator = model
  .define("coordinator", {
    id: model.id({ prefix: "coord" }).primaryKey(),
    email: model.text().unique(),
    name: model.text(),
    // An operator can switch a coordinator off without deleting their history.
    status: model.enum(["active", "inactive"]).default("active"),
    // Shown to operators on the Admin "Koordinator" page; set on each successful sign-in.
    last_login_at: model.dateTime().nullable(),
  })
