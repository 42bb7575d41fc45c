import { model } from "@medusajs/framework/utils"

/**
 * An operator's invitation to become a coordinator of some cohorts.
 * Only a SHA-256 hash of the token is stored: a database leak must not hand out
 * working invitation links. Single use (accepted_at) and short-lived (expires_at).
 * cohort_ids is plain JSON rather than a link: an invite is a short-lived
 * request, the real grant is the coordinator ↔ cohort link made on acceptance.
 */
export const CoordinatorInvite = model
  .define("coordinator_invite", {
    id: model.id({ prefix: "coinv" }).primaryKey(),
    email: model.text(),
    name: model.text().nullable(),
    cohort_ids: model.json(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["email"] }])
