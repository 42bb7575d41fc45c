import { MedusaService } from "@medusajs/framework/utils"
import { RevenueShareBucket } from "./models/revenue-share-bucket"
import { RevenueShareRule } from "./models/revenue-share-rule"

/** Revenue-share rules and their buckets; resolution, checks, allocation and ledger verification are pure functions beside this file. */
export class RevenueShareModuleService extends MedusaService({ RevenueShareRule, RevenueShareBucket }) {}

export default RevenueShareModuleService
