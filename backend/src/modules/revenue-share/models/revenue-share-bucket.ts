import { model } from "@medusajs/framework/utils"
import { RevenueShareRule } from "./revenue-share-rule"

export const BUCKET_CODES = ["participants", "material_fund", "facility", "outlet", "platform"] as const

/** One bucket of a rule in basis points; a rule's buckets sum to exactly 10,000. */
export const RevenueShareBucket = model
  .define("revenue_share_bucket", {
    id: model.id({ prefix: "rsbkt" }).primaryKey(),
    code: model.enum([...BUCKET_CODES]),
    basis_points: model.number(),
    rule: model.belongsTo(() => RevenueShareRule, { mappedBy: "buckets" }),
  })
  .indexes([{ on: ["rule_id", "code"], unique: true, where: "deleted_at IS NULL" }])
