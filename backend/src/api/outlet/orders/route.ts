import type { MedusaResponse } from "@medusajs/framework/http"
import { getOrderDetailWorkflow, getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import { placeOutletOrderWorkflow } from "../../../workflows/outlet/place-outlet-order"
import { OUTLET_ORDER_FIELDS } from "../query-config"
import { outletChannelIds, type OutletRequest } from "../scope"
import type { OutletListOrdersType, OutletPlaceOrderType } from "./validators"
import type { OutletOrderListResponse, OutletOrderResponse } from "@karya-binaan/contract"

/** The outlet's orders (any of its buyers') and its consignment sales, newest first. */
export async function GET(req: OutletRequest, res: MedusaResponse<OutletOrderListResponse>) {
  const { limit, offset } = req.validatedQuery as OutletListOrdersType
  const { result } = await getOrdersListWorkflow(req.scope).run({
    input: {
      fields: OUTLET_ORDER_FIELDS.filter((f) => !f.startsWith("items.") && !f.startsWith("shipping_address")),
      variables: { filters: { sales_channel_id: outletChannelIds(req.outlet) }, skip: offset, take: limit, order: { created_at: "DESC" } },
    },
  })
  const rows = Array.isArray(result) ? result : result.rows
  const count = Array.isArray(result) ? result.length : result.metadata.count
  res.json({ orders: rows, count, limit, offset })
}

/** Places a wholesale order on invoice in the outlet's channel; refusals say why (minimum, cartons). */
export async function POST(req: OutletRequest<OutletPlaceOrderType>, res: MedusaResponse<OutletOrderResponse>) {
  const {
    result: { order_id },
  } = await placeOutletOrderWorkflow(req.scope).run({ input: { outlet: req.outlet, ...req.validatedBody } })
  const { result: order } = await getOrderDetailWorkflow(req.scope).run({ input: { order_id, fields: OUTLET_ORDER_FIELDS } })
  res.status(201).json({ order })
}
