import { model } from "@medusajs/framework/utils"

/** The buckets paid out through payout statements (participants' shares and the cohort's material fund). */
export const PAYOUT_BUCKETS = ["participants", "material_fund"] as const

/**
 * A payout-bucket ledger entry that no payout statement has settled yet: the
 * ledger's open items. The ledger entry itself never changes (append-only);
 * this row is written with it and removed when a payout run settles it, so a
 * run reads what is open, not the whole history. `occurred_at` is copied from
 * the entry so "open before the period's end" is one index range.
 */
export const UnsettledEntry = model
  .define("ledger_unsettled_entry", {
    id: model.id({ prefix: "lgopen" }).primaryKey(),
    ledger_entry_id: model.text().unique(),
    occurred_at: model.dateTime(),
  })
  .indexes([{ on: ["occurred_at"] }])
