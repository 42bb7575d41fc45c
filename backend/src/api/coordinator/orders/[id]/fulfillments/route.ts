import type { MedusaResponse } from "@medusajs/framework/http"
import { fulfilCohortLinesWorkflow } from "../../../../../workflows/production/fulfil-cohort-lines"
import type { CoordinatorRequest } from "../../../cohort-scope"
import type { CoordinatorCreateFulfillmentType } from "../../validators"
import type { CohortFulfillmentResponse } from "@karya-binaan/contract"

/** Marks the cohort's lines packed: a Medusa fulfilment from the cohort's stock location (cohort_id checked in ../../middlewares.ts). */
export const POST = async (req: CoordinatorRequest<CoordinatorCreateFulfillmentType>, res: MedusaResponse<CohortFulfillmentResponse>) => {
  const { result } = await fulfilCohortLinesWorkflow(req.scope).run({
    input: { ...req.validatedBody, order_id: req.params.id, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ fulfillment: result })
}
