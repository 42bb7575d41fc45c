import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RULE_USED_MESSAGE } from "../../../../workflows/revenue-share/steps/validate-revenue-share-rule"
import { updateRevenueShareRuleWorkflow } from "../../../../workflows/revenue-share/update-revenue-share-rule"
import { ruleView } from "../helpers"
import type { AdminUpdateRevenueShareRuleType } from "../validators"
import type { RevenueShareRuleConflictResponse, RevenueShareRuleResponse } from "@karya-binaan/contract"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<RevenueShareRuleResponse>) => {
  res.json({ revenue_share_rule: await ruleView(req.scope, req.params.id) })
}

/**
 * Edits a rule that has not allocated anything. Once it has: 409 with the way
 * out (a new version). Answered here because Medusa's error handler replaces
 * a 409's message with a generic one; the workflow step still guards the edit.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateRevenueShareRuleType>, res: MedusaResponse<RevenueShareRuleResponse | RevenueShareRuleConflictResponse>) => {
  const current = await ruleView(req.scope, req.params.id)
  if (current.used) {
    res.status(409).json({ type: "conflict", message: RULE_USED_MESSAGE })
    return
  }
  await updateRevenueShareRuleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ revenue_share_rule: await ruleView(req.scope, req.params.id) })
}
