import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RuleBucket } from "../../../modules/revenue-share/allocation"
import { REVENUE_SHARE_MODULE } from "../../../modules/revenue-share"
import type { RevenueShareModuleService } from "../../../modules/revenue-share/service"

export const loadRevenueShareRuleStepId = "load-revenue-share-rule"

export type LoadedRule = {
  id: string
  name: string
  cohort_id: string | null
  sales_channel_id: string | null
  effective_from: Date
  buckets: RuleBucket[]
}

/** One rule with its scope and buckets (404 when it does not exist). */
export const loadRevenueShareRuleStep = createStep(loadRevenueShareRuleStepId, async (id: string, { container }) => {
  const rule = await container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE).retrieveRevenueShareRule(id, { relations: ["buckets"] })
  const loaded: LoadedRule = {
    id: rule.id,
    name: rule.name,
    cohort_id: rule.cohort_id,
    sales_channel_id: rule.sales_channel_id,
    effective_from: rule.effective_from,
    buckets: rule.buckets.map((b) => ({ code: b.code, basis_points: b.basis_points })),
  }
  return new StepResponse(loaded)
})
