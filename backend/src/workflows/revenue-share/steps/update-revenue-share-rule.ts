import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RuleBucket } from "../../../modules/revenue-share/allocation"
import { REVENUE_SHARE_MODULE } from "../../../modules/revenue-share"
import type { RevenueShareModuleService } from "../../../modules/revenue-share/service"
import type { UpdateRuleInput } from "../types"

export const updateRevenueShareRuleStepId = "update-revenue-share-rule"

type Snapshot = { id: string; name: string; effective_from: Date; buckets: RuleBucket[] }

async function replace(service: RevenueShareModuleService, rule: Partial<Snapshot> & { id: string }) {
  // Only the fields given: an undefined one would be written as a missing value.
  const fields = {
    ...(rule.name !== undefined && { name: rule.name }),
    ...(rule.effective_from !== undefined && { effective_from: rule.effective_from }),
  }
  if (Object.keys(fields).length) await service.updateRevenueShareRules({ id: rule.id, ...fields })
  if (rule.buckets) {
    const old = await service.listRevenueShareBuckets({ rule_id: rule.id }, { select: ["id"] })
    await service.deleteRevenueShareBuckets(old.map((b) => b.id))
    await service.createRevenueShareBuckets(rule.buckets.map((b) => ({ ...b, rule_id: rule.id })))
  }
}

/** Edits an unused rule (buckets replaced as a whole); compensation puts the old values back. */
export const updateRevenueShareRuleStep = createStep(
  updateRevenueShareRuleStepId,
  async (input: UpdateRuleInput, { container }) => {
    const service = container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE)
    const before = await service.retrieveRevenueShareRule(input.id, { relations: ["buckets"] })
    await replace(service, input)
    const snapshot: Snapshot = {
      id: before.id,
      name: before.name,
      effective_from: before.effective_from,
      buckets: before.buckets.map((b) => ({ code: b.code, basis_points: b.basis_points })),
    }
    return new StepResponse(input.id, snapshot)
  },
  async (snapshot, { container }) => {
    if (snapshot) await replace(container.resolve<RevenueShareModuleService>(REVENUE_SHARE_MODULE), snapshot)
  }
)
