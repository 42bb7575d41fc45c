import type { MedusaResponse } from "@medusajs/framework/http"
import type { OutletPickupResponse } from "@karya-binaan/contract"
import { collectPickupWorkflow } from "../../../../../workflows/pickup/collect-pickup"
import type { OutletRequest } from "../../../scope"
import { pickupOf } from "../../read-pickups"

/**
 * The outlet's staff hand the order over, taking the cash when the shopper
 * pays here: capture, takings and delivery in one workflow (collect-pickup).
 */
export const POST = async (req: OutletRequest, res: MedusaResponse<OutletPickupResponse>) => {
  await collectPickupWorkflow(req.scope).run({
    input: { order_id: req.params.id, outlet_id: req.outlet.outlet_id, collected_by: req.outlet.customer_id },
  })
  res.json({ pickup: await pickupOf(req.scope, req.outlet.outlet_id, req.params.id) })
}
