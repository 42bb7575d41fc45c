import { model } from "@medusajs/framework/utils"
import { PayoutStatement } from "./payout-statement"

/**
 * One ledger entry paid through a statement. `ledger_entry_id` is unique:
 * an entry is in at most one payout, whatever two runs read at the same time.
 * The rest is a copy of the entry as it was gathered (the ledger is
 * append-only, so the copy never goes stale), so a statement prints without
 * re-reading the ledger.
 */
export const PayoutStatementEntry = model
  .define("payout_statement_entry", {
    id: model.id({ prefix: "paysen" }).primaryKey(),
    ledger_entry_id: model.text().unique(),
    amount: model.number(),
    bucket: model.text(),
    kind: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    occurred_at: model.dateTime(),
    statement: model.belongsTo(() => PayoutStatement, { mappedBy: "entries" }),
  })
  .indexes([{ on: ["order_id"] }])
