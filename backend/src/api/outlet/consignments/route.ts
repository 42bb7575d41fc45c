import type { MedusaResponse } from "@medusajs/framework/http"
import type { OutletRequest } from "../../../lib/outlet/access"
import { outletConsignmentStock } from "../../../lib/outlet/consignment-view"

/** The goods consigned to the buyer's outlet: placed, sold, returned, still there. */
export async function GET(req: OutletRequest, res: MedusaResponse) {
  res.json({ consignments: await outletConsignmentStock(req.scope, req.outlet.outlet_id) })
}
