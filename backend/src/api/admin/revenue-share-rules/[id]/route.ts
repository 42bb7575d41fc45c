import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateRevenueShareRuleWorkflow } from "../../../../workflows/revenue-share/update-revenue-share-rule"
import { ruleView } from "../helpers"
import type { AdminUpdateRevenueShareRuleType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ revenue_share_rule: await ruleView(req.scope, req.params.id) })
}

/** Edits a rule that has not allocated anything (409 once it has). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateRevenueShareRuleType>, res: MedusaResponse) => {
  await ruleView(req.scope, req.params.id)
  await updateRevenueShareRuleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ revenue_share_rule: await ruleView(req.scope, req.params.id) })
}
