import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { placeConsignmentWorkflow } from "../../../../../workflows/consignment/place-consignment"
import { CONSIGNMENT_STOCK_FIELDS, consignmentStockRows, type ConsignmentPlacementRow } from "../../../../outlet/consignments/query-config"
import type { PlaceConsignmentType } from "../../consignment-validators"
import type { ConsignmentPlacementResponse, ConsignmentStockListResponse } from "@karya-binaan/contract"

/** What is consigned at the outlet, placement by placement. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ConsignmentStockListResponse>) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "consignment_placement",
    fields: CONSIGNMENT_STOCK_FIELDS,
    filters: { outlet_id: req.params.id },
  })
  res.json({ consignments: consignmentStockRows(data as ConsignmentPlacementRow[]) })
}

/** An operator places units of a batch at the outlet on consignment. */
export async function POST(req: AuthenticatedMedusaRequest<PlaceConsignmentType>, res: MedusaResponse<ConsignmentPlacementResponse>) {
  const { result } = await placeConsignmentWorkflow(req.scope).run({ input: { outlet_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ placement: result })
}
