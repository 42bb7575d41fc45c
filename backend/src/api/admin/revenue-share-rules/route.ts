import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRevenueShareRuleWorkflow } from "../../../workflows/revenue-share/create-revenue-share-rule"
import { listRuleViews, ruleView } from "./helpers"
import type { AdminCreateRevenueShareRuleType, AdminGetRevenueShareRulesParamsType } from "./validators"
import type { RevenueShareRuleListResponse, RevenueShareRuleResponse } from "@karya-binaan/contract"

/** Every rule version, by scope and version. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<RevenueShareRuleListResponse>) => {
  const filters = req.validatedQuery as AdminGetRevenueShareRulesParamsType
  const rules = await listRuleViews(req.scope, { ...filters })
  res.json({ revenue_share_rules: rules, count: rules.length })
}

/** A rule for a scope; when the scope already has versions, this is its next one. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRevenueShareRuleType>, res: MedusaResponse<RevenueShareRuleResponse>) => {
  const body = req.validatedBody
  const { result } = await createRevenueShareRuleWorkflow(req.scope).run({
    input: { ...body, cohort_id: body.cohort_id ?? null, sales_channel_id: body.sales_channel_id ?? null },
  })
  res.status(201).json({ revenue_share_rule: await ruleView(req.scope, result.id) })
}
