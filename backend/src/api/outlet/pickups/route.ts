import type { MedusaResponse } from "@medusajs/framework/http"
import type { OutletPickupListResponse } from "@karya-binaan/contract"
import type { OutletRequest } from "../scope"
import { pickupsOf } from "./read-pickups"

/** Shop orders shoppers collect at this outlet (the ones they chose it for). */
export const GET = async (req: OutletRequest, res: MedusaResponse<OutletPickupListResponse>) => {
  res.json({ pickups: await pickupsOf(req.scope, req.outlet.outlet_id) })
}
