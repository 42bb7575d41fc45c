import type { MedusaResponse } from "@medusajs/framework/http"
import type { OutletPickupResponse } from "@karya-binaan/contract"
import type { OutletRequest } from "../../scope"
import { pickupOf } from "../read-pickups"

/** One pickup of this outlet; 404 for any other order. */
export const GET = async (req: OutletRequest, res: MedusaResponse<OutletPickupResponse>) => {
  res.json({ pickup: await pickupOf(req.scope, req.outlet.outlet_id, req.params.id) })
}
