import { model } from "@medusajs/framework/utils"

/**
 * An operator's invitation to buy for an outlet. Like coordinator invites,
 * only the token's SHA-256 hash is stored; single use, short-lived.
 */
export const OutletInvite = model
  .define("outlet_invite", {
    id: model.id({ prefix: "oinv" }).primaryKey(),
    outlet_id: model.text(),
    email: model.text(),
    name: model.text().nullable(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["email"] }, { on: ["outlet_id"] }])
