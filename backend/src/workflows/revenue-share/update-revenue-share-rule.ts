import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadRevenueShareRuleStep } from "./steps/load-revenue-share-rule"
import { updateRevenueShareRuleStep } from "./steps/update-revenue-share-rule"
import { validateRevenueShareRuleStep } from "./steps/validate-revenue-share-rule"
import type { UpdateRuleInput } from "./types"

export const updateRevenueShareRuleWorkflowId = "update-revenue-share-rule"

/** Edits a rule that has not allocated anything yet (409 once it has: make a new version). */
export const updateRevenueShareRuleWorkflow = createWorkflow(updateRevenueShareRuleWorkflowId, (input: UpdateRuleInput) => {
  const current = loadRevenueShareRuleStep(input.id)
  const checked = transform({ input, current }, ({ input, current }) => ({
    rule_id: current.id,
    cohort_id: current.cohort_id,
    sales_channel_id: current.sales_channel_id,
    effective_from: input.effective_from ?? current.effective_from,
    buckets: input.buckets ?? current.buckets,
  }))
  validateRevenueShareRuleStep(checked)
  return new WorkflowResponse(updateRevenueShareRuleStep(input))
})
