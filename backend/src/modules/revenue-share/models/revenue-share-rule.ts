import { model } from "@medusajs/framework/utils"
import { RevenueShareBucket } from "./revenue-share-bucket"

/**
 * One version of how a sale's net revenue is split. Its scope is the pair
 * (cohort, sales channel), either side may be empty: cohort + channel, cohort
 * only, channel only, or the default (neither). Within a scope the version
 * with the latest `effective_from` on or before the sale applies. A version
 * that allocated anything is never edited: a change is a new version.
 */
export const RevenueShareRule = model
  .define("revenue_share_rule", {
    id: model.id({ prefix: "rsrule" }).primaryKey(),
    cohort_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    name: model.text(),
    version: model.number(),
    effective_from: model.dateTime(),
    buckets: model.hasMany(() => RevenueShareBucket, { mappedBy: "rule" }),
  })
  .cascades({ delete: ["buckets"] })
  .indexes([{ on: ["cohort_id", "sales_channel_id", "effective_from"] }])
