import type { MedusaResponse } from "@medusajs/framework/http"
import { outletDeliveryOptions } from "../../../workflows/outlet/delivery-options"
import type { OutletRequest } from "../scope"
import type { OutletDeliveryOptionsResponse } from "@karya-binaan/contract"

/** The outlet's ways of receiving an order and their fees, so the quick order shows the fee before placing it. */
export async function GET(req: OutletRequest, res: MedusaResponse<OutletDeliveryOptionsResponse>) {
  res.json({ delivery_options: await outletDeliveryOptions(req.scope, req.outlet.sales_channel_id) })
}
