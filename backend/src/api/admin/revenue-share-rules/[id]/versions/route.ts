import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRevenueShareRuleVersionWorkflow } from "../../../../../workflows/revenue-share/create-revenue-share-rule-version"
import { ruleView } from "../../helpers"
import type { AdminCreateRevenueShareRuleVersionType } from "../../validators"
import type { RevenueShareRuleResponse } from "@karya-binaan/contract"

/** A new version of the rule's scope from a date on; the rule itself stays as it is. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRevenueShareRuleVersionType>, res: MedusaResponse<RevenueShareRuleResponse>) => {
  await ruleView(req.scope, req.params.id)
  const { result } = await createRevenueShareRuleVersionWorkflow(req.scope).run({
    input: { ...req.validatedBody, rule_id: req.params.id },
  })
  res.status(201).json({ revenue_share_rule: await ruleView(req.scope, result.id) })
}
