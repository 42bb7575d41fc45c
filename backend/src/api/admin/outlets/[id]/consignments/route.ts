import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { outletConsignmentStock } from "../../../../../lib/outlet/consignment-view"
import { placeConsignmentWorkflow } from "../../../../../workflows/consignment/place-consignment"
import type { PlaceConsignmentType } from "../../consignment-validators"
import type { ConsignmentPlacementResponse, ConsignmentStockListResponse } from "@karya-binaan/contract"

/** What is consigned at the outlet, placement by placement. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ConsignmentStockListResponse>) {
  res.json({ consignments: await outletConsignmentStock(req.scope, req.params.id) })
}

/** An operator places units of a batch at the outlet on consignment. */
export async function POST(req: AuthenticatedMedusaRequest<PlaceConsignmentType>, res: MedusaResponse<ConsignmentPlacementResponse>) {
  const { result } = await placeConsignmentWorkflow(req.scope).run({ input: { outlet_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ placement: result })
}
