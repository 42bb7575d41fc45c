import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRevenueShareRuleStep } from "./steps/create-revenue-share-rule"
import { loadRevenueShareRuleStep } from "./steps/load-revenue-share-rule"
import { validateRevenueShareRuleStep } from "./steps/validate-revenue-share-rule"
import type { NewRuleVersionInput } from "./types"

export const createRevenueShareRuleVersionWorkflowId = "create-revenue-share-rule-version"

/** A change to a rule: a new version of the same scope from a date on; earlier versions stay as they were. */
export const createRevenueShareRuleVersionWorkflow = createWorkflow(
  createRevenueShareRuleVersionWorkflowId,
  (input: NewRuleVersionInput) => {
    const base = loadRevenueShareRuleStep(input.rule_id)
    const next = transform({ input, base }, ({ input, base }) => ({
      cohort_id: base.cohort_id,
      sales_channel_id: base.sales_channel_id,
      name: input.name ?? base.name,
      effective_from: input.effective_from,
      buckets: input.buckets,
    }))
    validateRevenueShareRuleStep(next)
    return new WorkflowResponse(createRevenueShareRuleStep(next))
  }
)
