import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { coordinatorCohortIds } from "../../../../../../../lib/coordinator/access"
import { fulfillmentCohortId } from "../../../../../../../lib/production/cohort-orders"
import { shipCohortFulfillmentWorkflow } from "../../../../../../../workflows/production/ship-cohort-fulfillment"
import type { CoordinatorShipFulfillmentType } from "../../../../validators"
import type { CohortFulfillmentResponse } from "@karya-binaan/contract"

/** Marks a packed fulfilment shipped with carrier and tracking number (a Medusa shipment). */
export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorShipFulfillmentType>, res: MedusaResponse<CohortFulfillmentResponse>) => {
  const [cohortId, cohorts] = await Promise.all([
    fulfillmentCohortId(req.scope, req.params.id, req.params.fulfillment_id),
    coordinatorCohortIds(req.scope, req.auth_context.actor_id),
  ])
  // Packed by a cohort this coordinator doesn't hold, or no such fulfilment: the same 404.
  if (!cohortId || !cohorts.includes(cohortId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pengiriman tidak ditemukan")
  const { result } = await shipCohortFulfillmentWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      order_id: req.params.id,
      fulfillment_id: req.params.fulfillment_id,
      cohort_id: cohortId,
      created_by: req.auth_context.actor_id,
    },
  })
  res.json({ fulfillment: result })
}
