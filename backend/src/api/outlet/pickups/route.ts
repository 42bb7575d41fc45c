import type { MedusaResponse } from "@medusajs/framework/http"
import type { OutletPickupListResponse } from "@karya-binaan/contract"
import type { OutletRequest } from "../scope"
import { pickupsOf } from "./read-pickups"
import type { OutletListPickupsType } from "./validators"

/** One page of the shop orders shoppers collect at this outlet (the ones they chose it for), newest first. */
export const GET = async (req: OutletRequest, res: MedusaResponse<OutletPickupListResponse>) => {
  const { limit, offset } = req.validatedQuery as OutletListPickupsType
  const { pickups, count } = await pickupsOf(req.scope, req.outlet.outlet_id, { limit, offset })
  res.json({ pickups, count, limit, offset })
}
