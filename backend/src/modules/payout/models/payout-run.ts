import { model } from "@medusajs/framework/utils"
import { PayoutStatement } from "./payout-statement"

/**
 * One payout for a period: every unpaid participants-bucket and material-fund
 * entry up to the period's end, gathered into one statement per party.
 * Period bounds are instants (the period's first and next-after-last day at
 * midnight, Asia/Jakarta); `period` is the label a person reads ("2026-11").
 */
export const PayoutRun = model.define("payout_run", {
  id: model.id({ prefix: "payrun" }).primaryKey(),
  period: model.text(),
  period_from: model.dateTime(),
  period_to: model.dateTime(),
  // The operator (Medusa user id) who ran it.
  created_by: model.text(),
  statements: model.hasMany(() => PayoutStatement, { mappedBy: "run" }),
})
