import { model } from "@medusajs/framework/utils"
import { PayoutRun } from "./payout-run"
import { PayoutStatementEntry } from "./payout-statement-entry"

/**
 * What the facility pays one party for one payout run: a participant (their
 * participants-bucket share) or a cohort (its material fund). `total` is
 * written once, with the entries, and never recomputed; paying it sets the
 * paid_* fields once and nothing changes after.
 */
export const PayoutStatement = model
  .define("payout_statement", {
    id: model.id({ prefix: "paystm" }).primaryKey(),
    party_type: model.enum(["participant", "cohort"]),
    party_id: model.text(),
    cohort_id: model.text(),
    total: model.number(),
    status: model.enum(["unpaid", "paid"]).default("unpaid"),
    paid_reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    // Who marked it paid: a Medusa user (operator) or a coordinator.
    paid_by: model.text().nullable(),
    paid_by_type: model.enum(["user", "coordinator"]).nullable(),
    run: model.belongsTo(() => PayoutRun, { mappedBy: "statements" }),
    entries: model.hasMany(() => PayoutStatementEntry, { mappedBy: "statement" }),
  })
  .cascades({ delete: ["entries"] })
  .indexes([{ on: ["cohort_id"] }, { on: ["party_type", "party_id"] }, { on: ["status"] }])
