import type { MedusaResponse } from "@medusajs/framework/http"
import type { OutletRequest } from "../../../lib/outlet/access"
import { outletConsignmentStock } from "../../../lib/outlet/consignment-view"
import type { OutletLocaleQueryType } from "../catalog/validators"
import type { ConsignmentStockListResponse } from "@karya-binaan/contract"

/** The goods consigned to the buyer's outlet: placed, sold, returned, still there; names in the asked locale. */
export async function GET(req: OutletRequest, res: MedusaResponse<ConsignmentStockListResponse>) {
  const { locale } = req.validatedQuery as OutletLocaleQueryType
  res.json({ consignments: await outletConsignmentStock(req.scope, req.outlet.outlet_id, locale) })
}
