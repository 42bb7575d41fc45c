import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRevenueShareRuleStep } from "./steps/create-revenue-share-rule"
import { validateRevenueShareRuleStep } from "./steps/validate-revenue-share-rule"
import type { CreateRuleInput } from "./types"

export const createRevenueShareRuleWorkflowId = "create-revenue-share-rule"

/** Adds a rule version to its scope (cohort, channel, both or the default). */
export const createRevenueShareRuleWorkflow = createWorkflow(createRevenueShareRuleWorkflowId, (input: CreateRuleInput) => {
  validateRevenueShareRuleStep(input)
  return new WorkflowResponse(createRevenueShareRuleStep(input))
})
