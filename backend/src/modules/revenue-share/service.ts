import { MedusaService } from "@medusajs/framework/utils"
import { RevenueShareBucket } from "./models/revenue-share-bucket"
import { RevenueShareRule } from "./models/revenue-share-rule"

/** Revenue-share rules and their buckets; resolution and checks live in src/lib/revenue-share. */
export class RevenueShareModuleService extends MedusaService({ RevenueShareRule, RevenueShareBucket }) {}

export default RevenueShareModuleService
