import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVENUE_SHARE_MODULE } from "../../../modules/revenue-share"
import type { RevenueShareModuleService } from "../../../modules/revenue-share/service"
import type { CreateRuleInput } from "../types"

export const createRevenueShareRuleStepId = "create-revenue-share-rule"

/** Creates the next version of a scope (highest version + 1) with its buckets; compensation deletes it. */
export const createRevenueShareRuleStep = createStep(
  createRevenueShareRuleStepId,
  async (input: CreateRuleInput, { container }) => {
    const service = container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE)
    const [latest] = await service.listRevenueShareRules(
      { cohort_id: input.cohort_id, sales_channel_id: input.sales_channel_id },
      { select: ["version"], order: { version: "DESC" }, take: 1, withDeleted: true }
    )
    const rule = await service.createRevenueShareRules({
      cohort_id: input.cohort_id,
      sales_channel_id: input.sales_channel_id,
      name: input.name,
      effective_from: input.effective_from,
      version: (latest?.version ?? 0) + 1,
    })
    await service.createRevenueShareBuckets(input.buckets.map((b) => ({ ...b, rule_id: rule.id })))
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE).deleteRevenueShareRules(id)
  }
)
