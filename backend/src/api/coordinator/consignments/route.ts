import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cohortNotFound, type CoordinatorRequest } from "../cohort-scope"
import { placeConsignmentWorkflow } from "../../../workflows/consignment/place-consignment"
import type { CoordinatorPlaceConsignmentType } from "../../admin/outlets/consignment-validators"
import type { ConsignmentPlacementResponse } from "@karya-binaan/contract"

/** A coordinator places units of one of their cohort's batches at a partner outlet. */
export async function POST(req: AuthenticatedMedusaRequest<CoordinatorPlaceConsignmentType>, res: MedusaResponse<ConsignmentPlacementResponse>) {
  const { outlet_id, batch_id, quantity } = req.validatedBody
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "production_batch", fields: ["id"], filters: { id: batch_id, cohort_id: (req as CoordinatorRequest).coordinator.cohort_ids } })
  // Read within the coordinator's cohorts: another cohort's batch answers like one that doesn't exist.
  if (!data.length) throw cohortNotFound()
  const { result } = await placeConsignmentWorkflow(req.scope).run({ input: { outlet_id, batch_id, quantity } })
  res.status(201).json({ placement: result })
}
