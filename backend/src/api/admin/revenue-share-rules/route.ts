import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRevenueShareRuleWorkflow } from "../../../workflows/revenue-share/create-revenue-share-rule"
import { listRuleViews, ruleView } from "./helpers"
import type { AdminCreateRevenueShareRuleType, AdminGetRevenueShareRulesParamsType } from "./validators"
import type { RevenueShareRuleListResponse, RevenueShareRuleResponse } from "@karya-binaan/contract"

/** Rule versions, by scope and version, a page at a time (by default every one the Admin page shows). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetRevenueShareRulesParamsType>, res: MedusaResponse<RevenueShareRuleListResponse>) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const { rules, count } = await listRuleViews(req.scope, filters, { skip: offset, take: limit })
  res.json({ revenue_share_rules: rules, count })
}

/** A rule for a scope; when the scope already has versions, this is its next one. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRevenueShareRuleType>, res: MedusaResponse<RevenueShareRuleResponse>) => {
  const body = req.validatedBody
  const { result } = await createRevenueShareRuleWorkflow(req.scope).run({
    input: { ...body, cohort_id: body.cohort_id ?? null, sales_channel_id: body.sales_channel_id ?? null },
  })
  res.status(201).json({ revenue_share_rule: await ruleView(req.scope, result.id) })
}
