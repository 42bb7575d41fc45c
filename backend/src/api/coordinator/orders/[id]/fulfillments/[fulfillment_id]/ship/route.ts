import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shipCohortFulfillmentWorkflow } from "../../../../../../../workflows/production/ship-cohort-fulfillment"
import type { CoordinatorRequest } from "../../../../../cohort-scope"
import { fulfillmentCohortId } from "../../../../helpers"
import type { CoordinatorShipFulfillmentType } from "../../../../validators"
import type { CohortFulfillmentResponse } from "@karya-binaan/contract"

/** Marks a packed fulfilment shipped with carrier and tracking number (a Medusa shipment). */
export const POST = async (req: CoordinatorRequest<CoordinatorShipFulfillmentType>, res: MedusaResponse<CohortFulfillmentResponse>) => {
  const cohortId = await fulfillmentCohortId(req.scope, req.params.id, req.params.fulfillment_id)
  // Packed by a cohort this coordinator doesn't hold, or no such fulfilment: the same 404.
  if (!cohortId || !req.coordinator.cohort_ids.includes(cohortId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pengiriman tidak ditemukan")
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
