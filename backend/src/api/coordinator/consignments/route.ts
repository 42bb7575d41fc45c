import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCohortAccess } from "../../../lib/coordinator/access"
import { placeConsignmentWorkflow } from "../../../workflows/consignment/place-consignment"
import type { CoordinatorPlaceConsignmentType } from "../../admin/outlets/consignment-validators"
import type { ConsignmentPlacementResponse } from "@karya-binaan/contract"

/** A coordinator places units of one of their cohort's batches at a partner outlet. */
export async function POST(req: AuthenticatedMedusaRequest<CoordinatorPlaceConsignmentType>, res: MedusaResponse<ConsignmentPlacementResponse>) {
  const { outlet_id, batch_id, quantity } = req.validatedBody
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "production_batch", fields: ["cohort_id"], filters: { id: batch_id } })
  await assertCohortAccess(req, data[0]?.cohort_id ?? "")
  const { result } = await placeConsignmentWorkflow(req.scope).run({ input: { outlet_id, batch_id, quantity } })
  res.status(201).json({ placement: result })
}
