import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCohortAccess } from "../../../../../lib/coordinator/access"
import { fulfilCohortLinesWorkflow } from "../../../../../workflows/production/fulfil-cohort-lines"
import type { CoordinatorCreateFulfillmentType } from "../../validators"
import type { CohortFulfillmentResponse } from "@karya-binaan/contract"

/** Marks the cohort's lines packed: a Medusa fulfilment from the cohort's stock location. */
export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorCreateFulfillmentType>, res: MedusaResponse<CohortFulfillmentResponse>) => {
  await assertCohortAccess(req, req.validatedBody.cohort_id)
  const { result } = await fulfilCohortLinesWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: req.params.id, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ fulfillment: result })
}
