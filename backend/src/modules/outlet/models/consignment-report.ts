import { model } from "@medusajs/framework/utils"

/**
 * An outlet's sell-through report for a period: units sold per variant. Each
 * becomes one order in the outlet's consignment channel. One report per
 * outlet and period, so a resubmitted form can't sell the same units twice.
 */
export const ConsignmentReport = model
  .define("consignment_report", {
    id: model.id({ prefix: "ocrep" }).primaryKey(),
    outlet_id: model.text(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    order_id: model.text().nullable(),
    lines: model.json(),
    /**
     * The units this report added to each placement's sold count, as
     * [{ placement_id, units }]: written in the same transaction as the counts
     * (OutletModuleService.countReportSales), cleared when they are taken
     * back. Null when nothing is counted.
     */
    sold_counted: model.json().nullable(),
  })
  .indexes([{ on: ["outlet_id", "period_start", "period_end"], unique: true, where: "deleted_at IS NULL" }])
